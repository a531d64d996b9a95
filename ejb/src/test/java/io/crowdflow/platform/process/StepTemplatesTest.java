package io.crowdflow.platform.process;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.mockito.invocation.Invocation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * The Modeler's element templates (processes/element-templates) against the platform's real steps: every template
 * names a step the server has (a @Named JavaDelegate of this module) and every step has a template; and every typed
 * setting a template writes is read by its step: the step, run with its collaborators mocked, passes the setting's
 * value on, and does not when the model leaves the setting out.
 */
class StepTemplatesTest {

    static final Path TEMPLATES = Path.of("..", "processes", "element-templates", "crowdflow-steps.json");
    /** Values for settings whose template has no default (a setting without one here fails the test: add one). */
    static final Map<String, String> SAMPLES = Map.of(StepSettings.NOTIFY_TARGET, "ops-hook",
            StepSettings.DISPUTE_WINDOW, "PT42H");

    @Test
    void everyTemplateNamesAPlatformStepAndEveryStepHasATemplate() throws IOException {
        assertThat(templates().stream().map(StepTemplatesTest::bean).collect(Collectors.toSet()))
                .isEqualTo(steps().keySet());
    }

    @Test
    void everySettingATemplateWritesIsReadByItsStep() throws Exception {
        Map<String, Class<?>> steps = steps();
        List<String> checked = new ArrayList<>();
        for (JsonObject template : templates()) {
            Class<?> step = steps.get(bean(template));
            for (JsonObject property : template.getJsonArray("properties").getValuesAs(JsonObject.class)) {
                JsonObject binding = property.getJsonObject("binding");
                if (!binding.getString("type").equals("camunda:property")) {
                    continue;
                }
                String name = binding.getString("name");
                String value = sampleOf(property, name);
                assertThat(argumentsPassedOn(step, name, value)).as(bean(template) + " passes " + name + " on")
                        .anyMatch(argument -> argument.contains(value));
                assertThat(argumentsPassedOn(step, "notThe" + name, value)).as(bean(template) + " without " + name)
                        .noneMatch(argument -> argument.contains(value));
                checked.add(bean(template) + "." + name);
            }
        }
        assertThat(checked).contains("assignWorkerDelegate.assignmentPolicy", "openDisputeWindowDelegate.disputeWindow",
                "notifyDelegate.notifyEvent", "notifyDelegate.notifyTarget");
    }

    @Test
    void typedSettingsHaveConstraintsOrChoices() throws IOException {
        for (JsonObject template : templates()) {
            for (JsonObject property : template.getJsonArray("properties").getValuesAs(JsonObject.class)) {
                if (property.getJsonObject("binding").getString("type").equals("camunda:property")) {
                    assertThat(property.containsKey("choices") || property.getJsonObject("constraints")
                            .containsKey("pattern")).as(template.getString("id") + " " + property.getString("label"))
                            .isTrue();
                    assertThat(property.getString("description")).isNotBlank();
                }
            }
        }
    }

    /** Runs the step with the setting in its model element; answers the arguments of every call it made. */
    private static List<String> argumentsPassedOn(Class<?> step, String setting, String value) throws Exception {
        JavaDelegate delegate = (JavaDelegate) step.getDeclaredConstructor().newInstance();
        List<Object> mocks = new ArrayList<>();
        for (Field field : step.getDeclaredFields()) {
            if (field.isAnnotationPresent(Inject.class)) {
                Object mock = Mockito.mock(field.getType(), Mockito.RETURNS_MOCKS);
                field.setAccessible(true);
                field.set(delegate, mock);
                mocks.add(mock);
            }
        }
        DelegateExecution execution = Mockito.mock(DelegateExecution.class, Mockito.RETURNS_MOCKS);
        when(execution.getVariable(anyString())).thenReturn(null);
        when(execution.getBpmnModelElementInstance()).thenReturn(elementWith(setting, value));
        mocks.add(execution);
        try {
            delegate.execute(execution);
        } catch (Exception | AssertionError e) {
            // a mocked collaborator may answer what the step cannot use; the calls made until then count
        }
        return mocks.stream().flatMap(m -> Mockito.mockingDetails(m).getInvocations().stream())
                .map(Invocation::getArguments).flatMap(Arrays::stream).filter(Objects::nonNull)
                .map(String::valueOf).toList();
    }

    private static FlowElement elementWith(String setting, String value) {
        String xml = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
                  <process id="P" isExecutable="true">
                    <serviceTask id="S"><extensionElements><camunda:properties>
                      <camunda:property name="%s" value="%s"/>
                    </camunda:properties></extensionElements></serviceTask>
                  </process>
                </definitions>""".formatted(setting, value);
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getModelElementById("S");
    }

    private static String sampleOf(JsonObject property, String name) {
        if (property.containsKey("choices")) {
            var choices = property.getJsonArray("choices").getValuesAs(JsonObject.class);
            return choices.get(choices.size() - 1).getString("value");
        }
        String value = property.getString("value", "");
        if (value.isBlank()) {
            value = SAMPLES.get(name);
        }
        assertThat(value).as("a sample value for the setting " + name).isNotBlank();
        return value;
    }

    private static String bean(JsonObject template) {
        String expression = template.getJsonArray("properties").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonObject("binding").getString("name").equals("camunda:delegateExpression"))
                .findFirst().orElseThrow().getString("value");
        return expression.substring(2, expression.length() - 1);
    }

    private static List<JsonObject> templates() throws IOException {
        try (Reader reader = Files.newBufferedReader(TEMPLATES, StandardCharsets.UTF_8)) {
            return Json.createReader(reader).readArray().getValuesAs(JsonObject.class);
        }
    }

    /** The platform's steps as the server finds them: every @Named JavaDelegate of this module, by name. */
    static Map<String, Class<?>> steps() throws IOException {
        try {
            Path root = Path.of(StepSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                        .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .map(StepTemplatesTest::load)
                        .filter(JavaDelegate.class::isAssignableFrom)
                        .filter(c -> c.isAnnotationPresent(Named.class))
                        .collect(Collectors.toMap(c -> c.getAnnotation(Named.class).value(), Function.identity()));
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, StepTemplatesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
