package io.crowdflow.assignment.domain;

import java.time.Instant;
import java.util.List;

/**
 * The rewards the assignment policies earned, as recorded: each decided or expired assignment with the
 * policy that made it, and the learning policy's observation log. Read by the learning curve.
 */
public interface PolicyOutcomes {

    /** Outcomes in [from, to): accepted work 1 at its decision, rejected work 0 at its decision, expiry 0. */
    List<LearningCurve.Outcome> outcomes(Instant from, Instant to, int limit);

    /** Observations the learning policy folded, in [from, to), oldest first. */
    List<LearningCurve.Observation> observations(Instant from, Instant to, int limit);

    /** How many observations were recorded before {@code from}: the model version at the window's start. */
    long observationsBefore(Instant from);
}
