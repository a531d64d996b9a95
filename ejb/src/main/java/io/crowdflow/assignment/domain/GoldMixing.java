package io.crowdflow.assignment.domain;

import java.util.Locale;

/**
 * When a worker being assigned work of a type also gets one of the requester's gold items (docs/review.md, "Gold
 * mixed into assignments"). The rate is gold items per ordinary assignment: a worker who has had {@code ordinary}
 * ordinary assignments of the type (this one included) and {@code gold} gold items of it gets one more gold item
 * while {@code gold < rate × ordinary}. So the first assignment of a type carries one whenever the rate is above
 * zero, and over time a worker answers one gold item per 1 / rate assignments.
 */
public record GoldMixing(double rate) {

    public GoldMixing {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("gold rate between 0 and 1, not " + rate);
        }
    }

    /** The decision and why, in words that name the rate and the counts. */
    public record Decision(boolean due, String why) {
    }

    public Decision decide(String taskType, int ordinary, int gold) {
        if (ordinary < 1 || gold < 0) {
            throw new IllegalArgumentException("counts: ordinary >= 1 (this assignment included), gold >= 0");
        }
        boolean due = gold < rate * ordinary;
        String counts = String.format(Locale.ROOT, "rate %.2f gold item(s) per assignment of type %s; the worker had"
                + " %d gold item(s) with %d assignment(s) of the type, this one included", rate, taskType, gold,
                ordinary);
        return new Decision(due, (due ? "due: " : "not due: ") + counts);
    }
}
