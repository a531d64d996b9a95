package io.crowdflow.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Runs the rule base the way WildFly will: the module and Drools come from their own class loader (like an
 * EAR's lib/), nothing of it is loaded yet (fresh Drools service caches), no kmodule scanning, and the
 * calling thread's context class loader cannot see Drools.
 */
class IsolatedClassLoaderTest {

    @Test
    void worksFromItsOwnClassLoaderWhateverTheContextClassLoader() throws Exception {
        ClassLoader blind = ClassLoader.getPlatformClassLoader(); // sees the JDK only
        try (URLClassLoader lib = new URLClassLoader("ear-lib", classPathUrls(), blind)) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(blind);
            try {
                Class<?> ruleBaseClass = Class.forName("io.crowdflow.rules.governance.GovernanceRuleBase", true, lib);
                assertThat(ruleBaseClass).isNotSameAs(GovernanceRuleBase.class);
                Object ruleBase = ruleBaseClass.getConstructor().newInstance();

                Class<?> contentClass = Class.forName("io.crowdflow.rules.governance.TaskContent", true, lib);
                Object content = contentClass.getMethod("of", String.class, String.class, String.class, String.class)
                        .invoke(null, "labeling", "Label", "Mail jane.doe@example.org", "{}");
                Object verdict = ruleBaseClass.getMethod("evaluate", contentClass).invoke(ruleBase, content);

                assertThat(verdict.getClass().getMethod("getFiredRules").invoke(verdict)).asList().containsExactly(
                        "Content with an e-mail address is personal data",
                        "Personal data in task content needs the worker's consent to process personal data");
                assertThat(ruleBaseClass.getMethod("version").invoke(ruleBase)).isEqualTo(new GovernanceRuleBase().version());
                assertThat(thread.getContextClassLoader()).isSameAs(blind);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** The test class path (surefire passes it in a property; its java.class.path is a manifest-only jar). */
    private static URL[] classPathUrls() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
