package io.crowdflow.review.infrastructure.drools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DroolsReviewRulesTest {

    @Test
    void theLabelSetIsReadFromTheTaskInput() {
        assertThat(DroolsReviewRules.labelsOf("{\"items\": [\"a.png\"], \"labels\": [\"cat\", \" dog \", 3]}"))
                .containsExactlyInAnyOrder("cat", "dog");
        assertThat(DroolsReviewRules.labelsOf("{\"items\": [\"a.png\"]}")).isEmpty();
        assertThat(DroolsReviewRules.labelsOf("[1, 2]")).isEmpty();
        assertThat(DroolsReviewRules.labelsOf(null)).isEmpty();
    }
}
