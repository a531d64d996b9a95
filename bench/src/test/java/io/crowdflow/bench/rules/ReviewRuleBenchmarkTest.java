package io.crowdflow.bench.rules;

import io.crowdflow.rules.review.ReviewAction;
import io.crowdflow.rules.review.ReviewVerdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two sides of the benchmark decide the same thing, and every review rule fires, so the cost is of real work. */
class ReviewRuleBenchmarkTest {

    @Test
    void thePlatformAndTheRawSessionReachTheSameFindingsOnLabelAndOnFreeTextTasks() throws Exception {
        for (String kind : new String[]{"label", "free-text"}) {
            ReviewRuleBenchmark benchmark = new ReviewRuleBenchmark();
            benchmark.answers = 30;
            benchmark.kind = kind;
            benchmark.build();

            ReviewVerdict platform = benchmark.platformRuleBase();
            ReviewVerdict raw = benchmark.rawStatelessSession();

            assertThat(raw.getFindings()).containsExactlyInAnyOrderElementsOf(platform.getFindings());
            assertThat(platform.getFindings()).isNotEmpty();
            assertThat(platform.outcomeOf("submission-6")).isEqualTo(ReviewAction.REJECT);   // empty
            assertThat(platform.outcomeOf("submission-4")).isEqualTo(ReviewAction.FLAG);     // too fast
            assertThat(platform.outcomeOf("submission-0")).isEqualTo(ReviewAction.PASS);
        }
    }

    @Test
    void freeTextTasksHaveCopiedAnswersThatTheDuplicateRuleFlags() throws Exception {
        ReviewRuleBenchmark benchmark = new ReviewRuleBenchmark();
        benchmark.answers = 30;
        benchmark.kind = "free-text";
        benchmark.build();

        assertThat(benchmark.platformRuleBase().reasonFor("submission-10"))
                .contains("Identical free-text answers from different workers are flagged");
    }
}
