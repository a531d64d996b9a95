package io.crowdflow.web;

import io.crowdflow.platform.interfaces.rest.EngineRestApplication;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's classes are listed by hand (see CrowdflowApplication); this catches one left out. */
class CrowdflowApplicationTest {

    @Test
    void everyResourceAndProviderOfTheWebModuleIsListedInTheApplication() throws Exception {
        List<Class<?>> ours = compiledClasses().stream()
                .filter(c -> c.isAnnotationPresent(Path.class) || c.isAnnotationPresent(Provider.class))
                .filter(c -> c.getPackageName().startsWith("io.crowdflow"))
                .filter(c -> !new EngineRestApplication().getClasses().contains(c))
                .toList();
        assertThat(ours).hasSizeGreaterThanOrEqualTo(5);
        assertThat(new CrowdflowApplication().getClasses()).containsAll(ours);
    }

    @Test
    void theApiListsNoneOfCamundasClassesAndTheEngineRestListsThem() {
        assertThat(new CrowdflowApplication().getClasses())
                .noneMatch(c -> c.getPackageName().startsWith("org.camunda"));
        assertThat(new EngineRestApplication().getClasses())
                .anyMatch(c -> c.getPackageName().startsWith("org.camunda.bpm.engine.rest"));
        assertThat(new CrowdflowApplication().getClasses())
                .noneMatch(c -> new EngineRestApplication().getClasses().contains(c));
    }

    private static List<Class<?>> compiledClasses() throws IOException, URISyntaxException {
        java.nio.file.Path root = java.nio.file.Path.of(CrowdflowApplication.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(CrowdflowApplicationTest::load).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CrowdflowApplicationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
