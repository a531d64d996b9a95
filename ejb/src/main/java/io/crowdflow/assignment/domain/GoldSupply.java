package io.crowdflow.assignment.domain;

import java.util.Optional;

/**
 * The requesters' gold items, as assignment mixes them in: makes a task from one of the requester's gold items of
 * the type that the worker has not had, reserved for that worker, and starts its lifecycle.
 */
public interface GoldSupply {

    /** The note that begins {@link Mixed#note()} when the requester attached no gold item to the type at all. */
    String NO_ITEMS = "no gold item attached";

    /**
     * Whether the requester has a gold item of the type that is not withdrawn. Without one there is nothing to mix
     * in, so gold mixing is not considered and the worker's gold counts, which grow with their history, are not read.
     */
    boolean hasItems(String requesterId, String taskType);

    /**
     * @param mixedInto the ordinary assignment the gold item goes with
     * @param why the mixing decision (rate and counts), kept with the new task
     * @return the new task's id, or why none was made (no gold item left for the worker, funds short)
     */
    Mixed mixIn(String requesterId, String taskType, String workerId, String mixedInto, String why);

    /** The outcome: the task made, or the reason there is none. */
    record Mixed(Optional<String> goldTaskId, String note) {
        public static Mixed made(String taskId, String note) {
            return new Mixed(Optional.of(taskId), note);
        }

        public static Mixed none(String note) {
            return new Mixed(Optional.empty(), note);
        }
    }
}
