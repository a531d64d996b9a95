package io.crowdflow.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.compiler.JavaDialectConfiguration;
import org.drools.mvel.expr.MVELConsequence;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.memorycompiler.JavaConfiguration;

/** Checks on how the governance rule base is built, beyond what the scenarios show. */
class GovernanceRuleBaseBuildTest {

    @Test
    void everyRuleUsesTheMvelDialectSoNoJavaCompilerIsNeeded() {
        Collection<Rule> rules = new GovernanceRuleBase().kieBase()
                .getKiePackage("io.crowdflow.rules.governance").getRules();

        assertThat(rules).hasSize(8).allSatisfy(rule -> {
            RuleImpl impl = (RuleImpl) rule;
            assertThat(impl.getDialect()).as(rule.getName()).isEqualTo("mvel");
            assertThat(impl.getConsequence()).as(rule.getName()).isInstanceOf(MVELConsequence.class);
        });
    }

    @Test
    void droolsJavaDialectPicksTheInProcessEclipseCompiler() {
        // Drools instantiates a Java compiler even for MVEL-only rules. With drools-ecj on the module's class
        // loader it must pick ECJ, so the JDK's jdk.compiler module (not visible to WildFly deployments by
        // default) is never needed.
        KnowledgeBuilderConfigurationImpl conf = KnowledgeBuilderFactory
                .newKnowledgeBuilderConfiguration(null, GovernanceRuleBase.class.getClassLoader())
                .as(KnowledgeBuilderConfigurationImpl.KEY);

        assertThat(((JavaDialectConfiguration) conf.getDialectConfiguration("java")).getCompiler())
                .isEqualTo(JavaConfiguration.CompilerType.ECLIPSE);
    }

    @Test
    void theKieBaseIsCompiledOnceAndShared() {
        assertThat(new GovernanceRuleBase().kieBase()).isSameAs(new GovernanceRuleBase().kieBase());
    }

    @Test
    void everyDrlInThePackageFolderIsBuilt() throws Exception {
        // A DRL dropped into the package folder but not listed in GovernanceRuleBase.RESOURCES would be in
        // kmodule.xml's KieBase but not in the one the platform builds: keep the two in step.
        Path classes = Path.of(GovernanceRuleBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.list(classes.resolve("io/crowdflow/rules/governance"))) {
            assertThat(files.map(p -> "io/crowdflow/rules/governance/" + p.getFileName())
                    .filter(p -> p.endsWith(".drl") || p.endsWith(".drl.csv") || p.endsWith(".drl.xlsx")))
                    .containsExactlyInAnyOrderElementsOf(GovernanceRuleBase.RESOURCES);
        }
    }
}
