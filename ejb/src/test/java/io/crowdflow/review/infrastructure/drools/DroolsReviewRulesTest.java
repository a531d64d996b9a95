package io.crowdflow.review.infrastructure.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.crowdflow.rules.review.ReviewFinding;
import io.crowdflow.rules.review.ReviewRuleBase;
import org.junit.jupiter.api.Test;

class DroolsReviewRulesTest {

    @Test
    void aKnownAnswerAmongTheLabelsIsOneAWorkerCanGive() {
        assertThat(new DroolsReviewRules().use(new ReviewRuleBase())
                .rejectionsOfKnownAnswer("labeling", "{\"labels\": [\"cat\", \"dog\"]}", " cat ")).isEmpty();
    }

    @Test
    void aKnownAnswerOutsideTheLabelsIsRejectedByTheMalformedAnswerRule() {
        assertThat(new DroolsReviewRules().use(new ReviewRuleBase())
                .rejectionsOfKnownAnswer("labeling", "{\"labels\": [\"cat\", \"dog\"]}", "fox"))
                .extracting(ReviewFinding::ruleName)
                .containsExactly("An answer that is not one of the task's labels is rejected as malformed");
    }

    @Test
    void aFreeTextTypeHasNoLabelsToMiss() {
        assertThat(new DroolsReviewRules().use(new ReviewRuleBase())
                .rejectionsOfKnownAnswer("transcription", "{\"labels\": [\"cat\"]}", "fox")).isEmpty();
    }
}
