package io.crowdflow.assignment.domain;

import java.util.Optional;

/** Picks who gets a slot among eligible workers, and says why. */
public interface AssignmentPolicy {

    /** The policy's name and version, recorded with every decision it makes (e.g. {@code linucb/1}). */
    String name();

    /**
     * @param task       the task whose slot is assigned
     * @param candidates eligible workers in turn order (least recently assigned first), with features
     */
    Optional<Choice> choose(TaskProfile task, Candidates candidates);

    /**
     * The outcome of an assignment this or another policy made: 1 accepted, 0 rejected or expired; with the
     * task's type and the worker, whose arm of the learning policy it informs.
     */
    default void learn(String taskType, String workerId, double[] features, double reward) {
    }

    /**
     * @param index position of the chosen candidate among those given to {@link #choose}
     * @param why   the reason shown to the worker and the requester (no other person's id)
     */
    record Choice(int index, Candidate candidate, String why) {
    }
}
