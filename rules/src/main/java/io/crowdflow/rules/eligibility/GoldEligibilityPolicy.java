package io.crowdflow.rules.eligibility;

/**
 * The thresholds of the eligibility rules, inserted as a fact: a worker who answered at least
 * {@code minimumGoldAnswers} gold questions of a type and less than {@code minimumGoldAccuracy} of them right
 * gets no slot of that type.
 */
public record GoldEligibilityPolicy(double minimumGoldAccuracy, int minimumGoldAnswers) {

    public static final GoldEligibilityPolicy DEFAULT = new GoldEligibilityPolicy(0.5, 10);

    public GoldEligibilityPolicy {
        if (minimumGoldAccuracy < 0 || minimumGoldAccuracy > 1 || minimumGoldAnswers < 1) {
            throw new IllegalArgumentException("0 <= minimumGoldAccuracy <= 1 and minimumGoldAnswers >= 1 required: "
                    + minimumGoldAccuracy + ", " + minimumGoldAnswers);
        }
    }

    /** MVEL reads properties through getters. */
    public double getMinimumGoldAccuracy() {
        return minimumGoldAccuracy;
    }

    public int getMinimumGoldAnswers() {
        return minimumGoldAnswers;
    }
}
