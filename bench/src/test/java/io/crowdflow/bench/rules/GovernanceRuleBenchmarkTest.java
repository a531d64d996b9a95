package io.crowdflow.bench.rules;

import io.crowdflow.rules.governance.DataClass;
import io.crowdflow.rules.governance.GovernanceVerdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two sides of the benchmark decide the same thing, so the comparison is of cost alone. */
class GovernanceRuleBenchmarkTest {

    @Test
    void thePlatformAndTheRawSessionReachTheSameVerdictOnPersonalAndOnCleanContent() throws Exception {
        for (String content : new String[]{"clean", "personal"}) {
            GovernanceRuleBenchmark benchmark = new GovernanceRuleBenchmark();
            benchmark.contentChars = 2000;
            benchmark.content = content;
            benchmark.build();

            GovernanceVerdict platform = benchmark.platformRuleBase();
            GovernanceVerdict raw = benchmark.rawStatelessSession();

            assertThat(raw.getDataClass()).isEqualTo(platform.getDataClass())
                    .isEqualTo(content.equals("clean") ? DataClass.PUBLIC : DataClass.SENSITIVE);
            assertThat(raw.isApproved()).isEqualTo(platform.isApproved()).isTrue();
            assertThat(raw.getRequiredConsents()).isEqualTo(platform.getRequiredConsents());
            assertThat(raw.getFindings()).hasSameSizeAs(platform.getFindings());
        }
    }

    @Test
    void theContentHasTheAskedLengthAndHoldsThePersonalDataOnlyWhenAsked() {
        assertThat(GovernanceRuleBenchmark.text(20_000, false)).hasSize(20_000).doesNotContain("@");
        assertThat(GovernanceRuleBenchmark.text(200, true)).contains("anna.berg@example.org", "DE89");
    }
}
