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

    default AggregationResult aggregate(CrowdAnswers answers) {
        return aggregate(answers, Map.of());
    }
}
