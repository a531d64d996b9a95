package io.crowdflow.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.crowdflow.review.domain.aggregation.AggregationResult;
import io.crowdflow.review.domain.aggregation.AnswerAggregator;
import io.crowdflow.review.domain.aggregation.CrowdAnswers;
import io.crowdflow.rules.review.ReviewAction;
import io.crowdflow.rules.review.ReviewVerdict;

/**
 * Decides one task's submissions without a human where that is safe, and says why:
 *
 * <ol>
 *   <li>a submission a review rule rejects is rejected, with the rules' names;</li>
 *   <li>a submission a review rule flags goes to a human, whatever the others say;</li>
 *   <li>the answers of the rest that have a label are aggregated. If at least {@code minimumAnswers} of them
 *       were aggregated, the result is not a tie and its confidence reaches {@code minimumConfidence}, each of
 *       them is accepted when it gives the aggregated label and rejected when it does not;</li>
 *   <li>everything else goes to a human.</li>
 * </ol>
 *
 * Every decision's reason names the method, the label, the confidence and the review rules that fired (or
 * "none"), and the rule set's version.
 */
public final class AutomaticReview {

    /** What happens to one submission. */
    public enum Outcome { ACCEPT, REJECT, HUMAN_REVIEW }

    /** The decision on one submission, with its reason. */
    public record Decision(String submissionId, Outcome outcome, String reason) {
    }

    /** One submission as reviewed: id, worker and the answer's text ({@link AnswerReader}), or null. */
    public record Answer(String submissionId, String workerId, String text) {
    }

    private final AnswerAggregator aggregator;
    private final int minimumAnswers;
    private final double minimumConfidence;

    public AutomaticReview(AnswerAggregator aggregator, int minimumAnswers, double minimumConfidence) {
        this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
        if (minimumAnswers < 1 || minimumConfidence <= 0 || minimumConfidence > 1) {
            throw new IllegalArgumentException("minimumAnswers >= 1 and 0 < minimumConfidence <= 1 required");
        }
        this.minimumAnswers = minimumAnswers;
        this.minimumConfidence = minimumConfidence;
    }

    public List<Decision> decide(String taskId, List<Answer> answers, ReviewVerdict rules) {
        List<Decision> decisions = new ArrayList<>();
        List<Answer> eligible = new ArrayList<>();
        for (Answer answer : answers) {
            ReviewAction action = rules.outcomeOf(answer.submissionId());
            if (action == ReviewAction.REJECT) {
                decisions.add(new Decision(answer.submissionId(), Outcome.REJECT,
                        "rejected by review rules: " + rules.reasonFor(answer.submissionId()) + " ("
                                + rules.getRuleSetVersion() + ")"));
            } else if (action == ReviewAction.FLAG) {
                decisions.add(new Decision(answer.submissionId(), Outcome.HUMAN_REVIEW,
                        "flagged by review rules: " + rules.reasonFor(answer.submissionId()) + " ("
                                + rules.getRuleSetVersion() + ")"));
            } else if (answer.text() == null || answer.text().isBlank()) {
                decisions.add(new Decision(answer.submissionId(), Outcome.HUMAN_REVIEW,
                        "the answer has no label to aggregate"));
            } else {
                eligible.add(answer);
            }
        }
        if (eligible.isEmpty()) {
            return decisions;
        }
        CrowdAnswers.Builder builder = CrowdAnswers.builder();
        eligible.forEach(a -> builder.add(taskId, a.workerId(), a.text().strip()));
        AggregationResult result = aggregator.aggregate(builder.build(), Map.of());
        String label = result.label(0);
        double confidence = result.confidence(0);
        long agreeing = eligible.stream().filter(a -> a.text().strip().equals(label)).count();
        String evidence = String.format(Locale.ROOT, "%s gives '%s' with confidence %.2f (%d of %d answers)",
                aggregator.name(), label, confidence, agreeing, eligible.size());
        String rulesFired = rules.getFiredRules().isEmpty() ? "none" : String.join("; ", rules.getFiredRules());
        String context = "; review rules fired: " + rulesFired + " (" + rules.getRuleSetVersion() + ")";
        boolean confident = eligible.size() >= minimumAnswers && !result.tied(0) && confidence >= minimumConfidence;
        for (Answer answer : eligible) {
            if (!confident) {
                decisions.add(new Decision(answer.submissionId(), Outcome.HUMAN_REVIEW, "not confident: " + evidence
                        + String.format(Locale.ROOT, ", automatic decisions need %d answers, no tie and %.2f",
                        minimumAnswers, minimumConfidence) + context));
            } else if (answer.text().strip().equals(label)) {
                decisions.add(new Decision(answer.submissionId(), Outcome.ACCEPT,
                        "agrees with the aggregated answer: " + evidence + context));
            } else {
                decisions.add(new Decision(answer.submissionId(), Outcome.REJECT,
                        "differs from the aggregated answer: " + evidence + context));
            }
        }
        return decisions;
    }
}
