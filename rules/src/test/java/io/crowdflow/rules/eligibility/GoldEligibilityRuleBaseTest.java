package io.crowdflow.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.crowdflow.rules.review.WorkerGoldRecord;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

class GoldEligibilityRuleBaseTest {

    static final String LOW_GOLD = "A worker with low accuracy on the type's gold questions is not eligible";

    private final GoldEligibilityRuleBase rules = new GoldEligibilityRuleBase(new GoldEligibilityPolicy(0.6, 5));

    @Test
    void aWorkerBelowTheThresholdWithEnoughGoldAnswersIsExcludedWithTheRuleAndTheFigures() {
        EligibilityVerdict verdict = rules.evaluate(List.of(new WorkerGoldRecord("w1", 5, 2),
                new WorkerGoldRecord("w2", 5, 3), new WorkerGoldRecord("w3", 4, 0)));

        assertThat(verdict.exclusions()).containsOnlyKeys("w1");
        assertThat(verdict.exclusions().get("w1").ruleName()).isEqualTo(LOW_GOLD);
        assertThat(verdict.exclusions().get("w1").detail()).isEqualTo("answered 2 of 5 gold questions right, below 0.6");
    }

    @Test
    void theThresholdsAreDataNotCode() {
        GoldEligibilityRuleBase strict = new GoldEligibilityRuleBase(new GoldEligibilityPolicy(0.9, 1));

        assertThat(strict.evaluate(List.of(new WorkerGoldRecord("w2", 5, 3), new WorkerGoldRecord("w3", 1, 0)))
                .exclusions()).containsOnlyKeys("w2", "w3");
        assertThat(rules.evaluate(List.of()).exclusions()).isEmpty();
        assertThatThrownBy(() -> new GoldEligibilityPolicy(1.5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kmoduleContainerAgreesWithLoader() {
        KieContainer container = KieServices.Factory.get().getKieClasspathContainer();
        assertThat(container.getKieBaseNames()).contains(GoldEligibilityRuleBase.KIE_BASE_NAME);
        List<Object> facts = List.of(new GoldEligibilityPolicy(0.6, 5), new WorkerGoldRecord("w1", 6, 1));

        EligibilityVerdict fromContainer = rules.evaluateWith(
                container.newStatelessKieSession(GoldEligibilityRuleBase.SESSION_NAME), facts);
        EligibilityVerdict fromLoader = rules.evaluateWith(rules.kieBase().newStatelessKieSession(), facts);

        assertThat(fromContainer.exclusions()).isEqualTo(fromLoader.exclusions()).containsOnlyKeys("w1");
    }
}
