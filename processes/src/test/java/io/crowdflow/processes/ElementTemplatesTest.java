package io.crowdflow.processes;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Modeler templates offer every platform step the lifecycle model uses (and steps it does not use yet, such as
 * notify); ejb's StepTemplatesTest checks that each template names a real platform step and its settings.
 */
class ElementTemplatesTest {

    static final Path TEMPLATES = Path.of("element-templates", "crowdflow-steps.json");

    @Test
    void everyStepOfTheLifecycleHasATemplate() throws IOException {
        assertThat(delegatesOf(templates())).containsAll(delegatesInModel());
    }

    @Test
    void templatesHaveUniqueIdsAndApplyToServiceTasksWithAHiddenBinding() throws IOException {
        List<JsonObject> templates = templates();
        assertThat(templates.stream().map(t -> t.getString("id")).distinct().count()).isEqualTo(templates.size());
        for (JsonObject template : templates) {
            assertThat(template.getJsonArray("appliesTo").getString(0)).isEqualTo("bpmn:ServiceTask");
            assertThat(template.getString("name")).startsWith("Crowdflow: ");
            assertThat(template.getString("description")).isNotBlank();
            JsonObject step = template.getJsonArray("properties").getJsonObject(0);
            assertThat(step.getString("type")).isEqualTo("Hidden");
            assertThat(step.getJsonObject("binding").getString("name")).isEqualTo("camunda:delegateExpression");
        }
    }

    private static List<JsonObject> templates() throws IOException {
        try (Reader reader = Files.newBufferedReader(TEMPLATES, StandardCharsets.UTF_8)) {
            return Json.createReader(reader).readArray().getValuesAs(JsonObject.class);
        }
    }

    private static Set<String> delegatesOf(List<JsonObject> templates) {
        return templates.stream().map(t -> t.getJsonArray("properties").getJsonObject(0).getString("value"))
                .collect(Collectors.toSet());
    }

    private static Set<String> delegatesInModel() throws IOException {
        try (InputStream model = ElementTemplatesTest.class.getClassLoader().getResourceAsStream("task-lifecycle.bpmn")) {
            String xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
            return Pattern.compile("delegateExpression=\"(\\$\\{\\w+})\"").matcher(xml).results()
                    .map(m -> m.group(1)).collect(Collectors.toSet());
        }
    }
}
