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

    /** Without pooled history and without dynamic overlap: the task's own answers only. */
    public List<Decision> decide(String taskId, List<Answer> answers, ReviewVerdict rules) {
        return review(taskId, answers, rules, Pool.EMPTY, Overlap.NONE).decisions();
    }

    /**
     * Reviews one task's answers. The aggregator runs over the pool (other tasks' answers of the same type,
     * gold items with their known answers) plus this task's eligible answers, so Dawid-Skene learns each
     * worker's confusion matrix from their history; majority vote reads this task's votes only, whatever the
     * pool. When the result is not confident and the overlap allows one more assignment, nothing but the
     * rules' rejections is decided and {@link Review#extraAssignment()} is true.
     */
    public Review review(String taskId, List<Answer> answers, ReviewVerdict rules, Pool pool, Overlap overlap) {
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
            return new Review(decisions, false, "no answer to aggregate", null,
                    Aggregate.nothing(aggregator.name(), minimumConfidence, "no answer to aggregate"));
        }
        CrowdAnswers.Builder builder = CrowdAnswers.builder();
        for (PooledAnswer row : pool.answers()) {
            if (!row.item().equals(taskId)) {
                builder.add(row.item(), row.worker(), row.label());
            }
        }
        eligible.forEach(a -> builder.add(taskId, a.workerId(), a.text().strip()));
        AggregationResult result = aggregator.aggregate(builder.build(), pool.gold());
        String label = result.labelOf(taskId);
        double confidence = result.confidenceOf(taskId);
        boolean tied = result.tied(result.answers().itemIndex(taskId));
        long agreeing = eligible.stream().filter(a -> a.text().strip().equals(label)).count();
        String evidence = String.format(Locale.ROOT, "%s gives '%s' with confidence %.2f (%d of %d answers%s)",
                aggregator.name(), label, confidence, agreeing, eligible.size(), poolNote(result, pool, taskId,
                        aggregator.learnsFromPool()) + aggregator.basisOf(result, taskId));
        String rulesFired = rules.getFiredRules().isEmpty() ? "none" : String.join("; ", rules.getFiredRules());
        String context = "; review rules fired: " + rulesFired + " (" + rules.getRuleSetVersion() + ")";
        // a gold question's answer is known: its own answers need no quorum
        boolean known = pool.gold().containsKey(taskId);
        boolean confident = (known || eligible.size() >= minimumAnswers) && !tied && confidence >= minimumConfidence;
        Aggregate aggregate = new Aggregate(aggregator.name(), label, confidence, tied, confident, eligible.size(),
                (int) agreeing, minimumConfidence, evidence);
        String needs = String.format(Locale.ROOT, ", automatic decisions need %d answers, no tie and %.2f",
                minimumAnswers, minimumConfidence);
        if (!confident && overlap.allowsAnother()) {
            return new Review(decisions, true, "not confident: " + evidence + needs + "; one more assignment ("
                    + (overlap.assignmentsSoFar() + 1) + " of at most " + overlap.maxAssignments() + ")" + context,
                    result, aggregate);
        }
        for (Answer answer : eligible) {
            if (!confident) {
                decisions.add(new Decision(answer.submissionId(), Outcome.HUMAN_REVIEW, "not confident: " + evidence
                        + needs + overlap.exhaustedNote() + context));
            } else if (answer.text().strip().equals(label)) {
                decisions.add(new Decision(answer.submissionId(), Outcome.ACCEPT,
                        "agrees with the aggregated answer: " + evidence + context));
            } else {
                decisions.add(new Decision(answer.submissionId(), Outcome.REJECT,
                        "differs from the aggregated answer: " + evidence + context));
            }
        }
        return new Review(decisions, false, evidence, result, aggregate);
    }

    /** What the result rests on besides the task's own votes (majority vote reads nothing else). */
    private static String poolNote(AggregationResult result, Pool pool, String taskId, boolean learnsFromPool) {
        if (pool.gold().containsKey(taskId)) {
            return "; a gold question";
        }
        int others = result.answers().itemCount() - 1;
        return !learnsFromPool || others == 0 ? "" : "; learned from " + others + " other item(s) of the type, "
                + pool.gold().size() + " gold";
    }

    /** One answer of another task of the same type: item (task id), worker and label. */
    public record PooledAnswer(String item, String worker, String label) {
    }

    /** The history aggregation learns from: other tasks' answers of the type, and the gold items' known answers. */
    public record Pool(List<PooledAnswer> answers, Map<String, String> gold) {
        public static final Pool EMPTY = new Pool(List.of(), Map.of());

        public Pool {
            answers = List.copyOf(answers);
            gold = Map.copyOf(gold);
        }
    }

    /** Dynamic overlap: how many assignments produced a submission so far, and the most allowed. */
    public record Overlap(int assignmentsSoFar, int maxAssignments) {
        public static final Overlap NONE = new Overlap(0, 0);

        public boolean allowsAnother() {
            return assignmentsSoFar < maxAssignments;
        }

        String exhaustedNote() {
            return maxAssignments == 0 ? "" : "; no more assignments (" + assignmentsSoFar + " of at most "
                    + maxAssignments + ")";
        }
    }

    /**
     * The outcome of one review: the decisions, whether one more assignment is wanted instead of deciding the
     * aggregated answers, a summary for the task's history, the aggregation (null when nothing aggregated) and
     * this task's aggregated answer as the decisions used it.
     */
    public record Review(List<Decision> decisions, boolean extraAssignment, String summary, AggregationResult result,
                         Aggregate aggregate) {
    }

    /**
     * This task's aggregated answer: the method, the label and its confidence (null when no answer could be
     * aggregated), whether it was a tie, whether it was confident enough to decide on, how many of the task's
     * answers voted and how many of them agree, the confidence needed, and the evidence in words.
     */
    public record Aggregate(String method, String label, Double confidence, boolean tied, boolean confident,
                            int answers, int agreeing, double targetConfidence, String evidence) {

        static Aggregate nothing(String method, double targetConfidence, String evidence) {
            return new Aggregate(method, null, null, false, false, 0, 0, targetConfidence, evidence);
        }
    }
}
