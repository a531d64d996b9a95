package io.crowdflow.platform.domain;

import java.time.Instant;
import java.util.List;

/**
 * One process version at one moment: how many instances run and have finished, per activity how many
 * are active now and how many finished (completed or cancelled, from the engine's history), and the open
 * incidents with their activity and message.
 */
public record ProcessSnapshot(ProcessVersion version, Instant takenAt, long runningInstances,
                              long finishedInstances, List<ActivityCount> activities, List<OpenIncident> incidents,
                              long openIncidents) {

    public ProcessSnapshot {
        activities = List.copyOf(activities);
        incidents = List.copyOf(incidents);
    }

    /**
     * Counts of one activity (a BPMN element id): {@code active} instances now, {@code finished} ones
     * (of which {@code canceled} ended without completing, e.g. a timer interrupted them), and
     * {@code incidents} open on it.
     */
    public record ActivityCount(String activityId, long active, long finished, long canceled, long incidents) {
    }

    /** An open incident: where it is, why, and the task whose process instance it blocks. */
    public record OpenIncident(String id, String activityId, String type, String message, Instant since,
                               String processInstanceId, String taskId) {
    }
}
