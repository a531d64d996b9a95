package io.crowdflow.review.domain.aggregation;

import java.util.Map;

/** A way of turning several workers' answers per item into one label with a confidence. */
public interface AnswerAggregator {

    /** The method's name as recorded with a decision, e.g. {@code dawid-skene}. */
    String name();

    /**
     * Aggregates {@code answers}.
     *
     * @param gold known true labels of some items (control questions), item id → label; may be empty.
     *             Labels not among the answers' labels are ignored (declare them on the builder to count).
     */
    AggregationResult aggregate(CrowdAnswers answers, Map<String, String> gold);

    /**
     * Whether the method learns from other items' answers (the type's pool): only then does the pool change an item's
     * result, and only then does a decision's reason say what it learned from. Dawid-Skene does; majority vote and
     * weighted vote read an item's own answers only.
     */
    default boolean learnsFromPool() {
        return true;
    }

    /** What an item's result rests on beyond its votes, in words for a decision's reason; empty when nothing. */
    default String basisOf(AggregationResult result, String itemId) {
        return "";
    }

    default AggregationResult aggregate(CrowdAnswers answers) {
        return aggregate(answers, Map.of());
    }
}
