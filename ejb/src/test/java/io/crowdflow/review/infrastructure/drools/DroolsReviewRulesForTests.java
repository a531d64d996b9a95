package io.crowdflow.review.infrastructure.drools;

import io.crowdflow.review.domain.ReviewRules;
import io.crowdflow.rules.review.ReviewRuleBase;

/** The real review rules with the default thresholds, for tests of other packages. */
public final class DroolsReviewRulesForTests {

    private DroolsReviewRulesForTests() {
    }

    public static ReviewRules withDefaultPolicy() {
        return new DroolsReviewRules().use(new ReviewRuleBase());
    }
}
