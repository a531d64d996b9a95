package io.crowdflow.rules.review;

import java.time.Duration;
import java.util.Objects;

/**
 * The review rules' thresholds, stated once and inserted as a fact. Part of the rule set's version.
 *
 * @param minimumWorkTime           an answer submitted sooner after assignment is flagged
 * @param duplicateMinimumLength    identical free-text answers (by {@link AnswerText#fingerprint}) from different
 *                                  workers are flagged when at least this many characters long; shorter ones
 *                                  ("yes", "n/a") are naturally identical
 * @param goldFailureAction         what a wrong answer to a gold question gets: {@link ReviewAction#REJECT} or
 *                                  {@link ReviewAction#FLAG}
 * @param minimumGoldAccuracy       a worker whose share of right gold answers is below this is flagged …
 * @param minimumGoldAnswers        … once they have answered at least this many gold questions
 */
public record ReviewPolicy(Duration minimumWorkTime, int duplicateMinimumLength, ReviewAction goldFailureAction,
                           double minimumGoldAccuracy, int minimumGoldAnswers) {

    /** 10 seconds, 20 characters, reject wrong gold answers, flag workers below 70 % after 5 gold questions. */
    public static final ReviewPolicy DEFAULT = new ReviewPolicy(Duration.ofSeconds(10), 20, ReviewAction.REJECT,
            0.7, 5);

    public ReviewPolicy {
        Objects.requireNonNull(minimumWorkTime, "minimumWorkTime");
        Objects.requireNonNull(goldFailureAction, "goldFailureAction");
        if (minimumWorkTime.isNegative() || duplicateMinimumLength < 1 || goldFailureAction == ReviewAction.PASS
                || minimumGoldAccuracy < 0 || minimumGoldAccuracy > 1 || minimumGoldAnswers < 1) {
            throw new IllegalArgumentException("Invalid review policy " + canonicalFormOf(minimumWorkTime,
                    duplicateMinimumLength, goldFailureAction, minimumGoldAccuracy, minimumGoldAnswers));
        }
    }

    /** For MVEL: the minimum work time in milliseconds. */
    public long getMinimumWorkMillis() {
        return minimumWorkTime.toMillis();
    }

    /** A stable text of every threshold, for the rule set's version. */
    public String canonicalForm() {
        return canonicalFormOf(minimumWorkTime, duplicateMinimumLength, goldFailureAction, minimumGoldAccuracy,
                minimumGoldAnswers);
    }

    private static String canonicalFormOf(Duration time, int length, ReviewAction gold, double accuracy, int answers) {
        return "minimumWorkTime=" + time + ";duplicateMinimumLength=" + length + ";goldFailureAction=" + gold
                + ";minimumGoldAccuracy=" + accuracy + ";minimumGoldAnswers=" + answers;
    }
}
