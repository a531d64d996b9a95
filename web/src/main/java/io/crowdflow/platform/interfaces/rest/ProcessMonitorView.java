package io.crowdflow.platform.interfaces.rest;

import io.crowdflow.platform.application.ProcessMonitorService.Report;
import io.crowdflow.platform.domain.ProcessSnapshot;
import io.crowdflow.platform.domain.ProcessVersion;

import java.time.Instant;
import java.util.List;

/** The process monitor's answer: one version's counts per activity and open incidents, and what else exists. */
public record ProcessMonitorView(VersionView definition, Instant takenAt, long runningInstances,
                                 long finishedInstances, List<ActivityView> activities, long openIncidents,
                                 List<IncidentView> incidents, List<VersionView> versions,
                                 List<VersionView> processes, String bpmnXml) {

    static ProcessMonitorView of(Report report) {
        ProcessSnapshot s = report.snapshot();
        return new ProcessMonitorView(VersionView.of(s.version()), s.takenAt(), s.runningInstances(),
                s.finishedInstances(),
                s.activities().stream().map(a -> new ActivityView(a.activityId(), a.active(), a.finished(),
                        a.canceled(), a.incidents())).toList(),
                s.openIncidents(),
                s.incidents().stream().map(i -> new IncidentView(i.id(), i.activityId(), i.type(), i.message(),
                        i.since(), i.processInstanceId(), i.taskId())).toList(),
                report.versions().stream().map(VersionView::of).toList(),
                report.processes().stream().map(VersionView::of).toList(),
                report.bpmnXml());
    }

    public record VersionView(String id, String key, String name, int version, String deploymentId,
                              Instant deployedAt, boolean suspended) {
        static VersionView of(ProcessVersion v) {
            return new VersionView(v.definitionId(), v.key(), v.name(), v.version(), v.deploymentId(), v.deployedAt(),
                    v.suspended());
        }
    }

    public record ActivityView(String activityId, long active, long finished, long canceled, long incidents) {
    }

    public record IncidentView(String id, String activityId, String type, String message, Instant since,
                               String processInstanceId, String taskId) {
    }
}
