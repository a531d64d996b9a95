package io.crowdflow.assignment.domain;

import java.util.List;
import java.util.Optional;

/** Picks who gets a slot among eligible workers, and says why. */
public interface AssignmentPolicy {

    /** The policy's name and version, recorded with every decision it makes (e.g. {@code linucb/1}). */
    String name();

    /**
     * @param task       the task whose slot is assigned
     * @param candidates eligible workers in turn order (least recently assigned first), with features
     */
    Optional<Choice> choose(TaskProfile task, List<Candidate> candidates);

    /** The outcome of an assignment this or another policy made: 1 accepted, 0 rejected or expired. */
    default void learn(double[] features, double reward) {
    }

    /**
     * @param index position of the chosen candidate in the list given to {@link #choose}
     * @param why   the reason shown to the worker and the requester (no other person's id)
     */
    record Choice(int index, Candidate candidate, String why) {
    }
}
