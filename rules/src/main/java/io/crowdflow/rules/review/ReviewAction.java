package io.crowdflow.rules.review;

/** What a review rule does to a submission. Ordered: a rejection outweighs a flag. */
public enum ReviewAction {
    /** Nothing against it: aggregation may decide it. */
    PASS,
    /** Suspicious: a human reviewer decides, whatever aggregation says. */
    FLAG,
    /** Rejected by the rule, with the rule's name as the reason. */
    REJECT;

    ReviewAction max(ReviewAction other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
