package io.crowdflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;

class ClasspathKieBaseLoaderTest {

    private static final ClassLoader CL = ClasspathKieBaseLoaderTest.class.getClassLoader();

    @Test
    void buildsAKieBaseFromNamedResources() {
        CompiledKieBase compiled = ClasspathKieBaseLoader.load("fine", "fine-session", CL,
                List.of("io/crowdflow/rules/broken/fine.drl"));

        assertThat(compiled.name()).isEqualTo("fine");
        assertThat(compiled.sourceHash()).matches("[0-9a-f]{64}");
        assertThat(compiled.kieBase().getKiePackage("io.crowdflow.rules.broken").getRules())
                .extracting(r -> r.getName()).containsExactly("Strings longer than three characters are noticed");
        // fine.drl has no dialect line: the loader's configuration makes MVEL the default.
        assertThat(compiled.kieBase().getKiePackage("io.crowdflow.rules.broken").getRules())
                .allSatisfy(r -> assertThat(((RuleImpl) r).getDialect()).isEqualTo("mvel"));

        List<String> fired = new ArrayList<>();
        StatelessKieSession session = compiled.kieBase().newStatelessKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        session.execute(List.of("abc", "abcd"));
        assertThat(fired).containsExactly("Strings longer than three characters are noticed");
    }

    @Test
    void sameSourcesGiveTheSameHash() {
        List<String> resources = List.of("io/crowdflow/rules/broken/fine.drl");
        assertThat(ClasspathKieBaseLoader.load("a", "a-session", CL, resources).sourceHash())
                .isEqualTo(ClasspathKieBaseLoader.load("b", "b-session", CL, resources).sourceHash());
    }

    @Test
    void brokenDrlFailsFastWithTheBuildMessages() {
        assertThatThrownBy(() -> ClasspathKieBaseLoader.load("broken", "broken-session", CL,
                List.of("io/crowdflow/rules/broken/fine.drl", "io/crowdflow/rules/broken/broken.drl")))
                .isInstanceOfSatisfying(RuleBaseBuildException.class, e -> {
                    assertThat(e.getMessage()).contains("KieBase broken does not compile").contains("broken.drl")
                            .contains("NoSuchFact");
                    assertThat(e.getBuildMessages()).isNotEmpty()
                            .allSatisfy(m -> assertThat(m).contains("io/crowdflow/rules/broken/broken.drl"));
                });
    }

    @Test
    void missingResourceFailsFast() {
        assertThatThrownBy(() -> ClasspathKieBaseLoader.load("missing", "missing-session", CL,
                List.of("io/crowdflow/rules/nowhere/none.drl")))
                .isInstanceOf(RuleBaseBuildException.class)
                .hasMessageContaining("io/crowdflow/rules/nowhere/none.drl");
    }
}
