package io.crowdflow.task.domain;

import io.crowdflow.shared.domain.InvalidRequestException.Violation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the requester wants the task's answers reviewed (docs/review.md): the aggregation method (null: the
 * platform's default), the confidence the aggregated answer must reach (null: the platform's default), the
 * most assignments dynamic overlap may make (at least the redundancy; equal to it: no extra assignment), for a
 * gold question its known answer (null: an ordinary task), and the rate at which the requester's gold items are
 * mixed into the assignments of this task (gold items per assignment; null: the platform's setting).
 */
public record ReviewPlan(String aggregation, BigDecimal targetConfidence, int maxAssignments, String goldAnswer,
                         BigDecimal goldRate) {

    public static final Set<String> AGGREGATIONS = Set.of("majority-vote", "dawid-skene", "weighted-vote");
    public static final int MAX_GOLD_ANSWER = 200;

    /** Without a gold rate of its own: the platform's setting. */
    public ReviewPlan(String aggregation, BigDecimal targetConfidence, int maxAssignments, String goldAnswer) {
        this(aggregation, targetConfidence, maxAssignments, goldAnswer, null);
    }

    /** No preferences: the platform's defaults, no extra assignments, not a gold question. */
    public static ReviewPlan defaults(int redundancy) {
        return new ReviewPlan(null, null, redundancy, null);
    }

    public boolean isGold() {
        return goldAnswer != null;
    }

    static ReviewPlan from(String aggregation, BigDecimal targetConfidence, Integer maxAssignments, String goldAnswer,
                           BigDecimal goldRate, int redundancy, int maxRedundancy, List<Violation> out) {
        String method = aggregation == null ? null : aggregation.strip().toLowerCase(Locale.ROOT);
        if (method != null && !AGGREGATIONS.contains(method)) {
            out.add(new Violation("aggregation", "must be \"majority-vote\", \"dawid-skene\" or \"weighted-vote\""));
        }
        if (targetConfidence != null
                && (targetConfidence.signum() <= 0 || targetConfidence.compareTo(BigDecimal.ONE) > 0)) {
            out.add(new Violation("targetConfidence", "must be greater than 0 and at most 1"));
        }
        int max = maxAssignments == null ? redundancy : maxAssignments;
        if (maxAssignments != null && (maxAssignments < redundancy || maxAssignments > maxRedundancy)) {
            out.add(new Violation("maxAssignments", "must be between the redundancy (" + redundancy + ") and "
                    + maxRedundancy));
        }
        String gold = goldAnswer == null ? null : goldAnswer.strip();
        if (gold != null && (gold.isEmpty() || gold.length() > MAX_GOLD_ANSWER)) {
            out.add(new Violation("goldAnswer", "the known answer of a gold question: 1-" + MAX_GOLD_ANSWER
                    + " characters"));
        }
        if (goldRate != null && (goldRate.signum() < 0 || goldRate.compareTo(BigDecimal.ONE) > 0)) {
            out.add(new Violation("goldRate", "gold items mixed in per assignment: between 0 (none) and 1"));
        }
        if (goldRate != null && gold != null) {
            out.add(new Violation("goldRate", "a gold question has no gold mixed into it"));
        }
        return new ReviewPlan(method, targetConfidence, max, gold, goldRate);
    }
}
