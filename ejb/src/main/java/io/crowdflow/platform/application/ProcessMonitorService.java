package io.crowdflow.platform.application;

import io.crowdflow.platform.domain.ProcessDefinitionNotFoundException;
import io.crowdflow.platform.domain.ProcessMonitor;
import io.crowdflow.platform.domain.ProcessSnapshot;
import io.crowdflow.platform.domain.ProcessVersion;
import io.crowdflow.platform.process.TaskLifecycleModel;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The process monitor for process designers and admins: one version of a process model (chosen by its
 * definition id, or by key and version, or the latest of the task lifecycle), its counts per activity and
 * open incidents, the other versions of the same process, the deployed processes, and the BPMN XML to draw.
 */
@Stateless
public class ProcessMonitorService {

    static final int MAX_VERSIONS = 100;
    static final int MAX_INCIDENTS = 200;
    private static final int MAX_ID = 255;

    @Inject
    ProcessMonitor monitor;

    public Report report(String definitionId, String key, String version, boolean withXml) {
        ProcessVersion chosen = choose(blankToNull(definitionId), blankToNull(key), blankToNull(version));
        ProcessSnapshot snapshot = monitor.snapshot(chosen, MAX_INCIDENTS);
        return new Report(snapshot, monitor.versionsOf(chosen.key(), MAX_VERSIONS), monitor.latestVersions(),
                withXml ? monitor.bpmnXml(chosen) : null);
    }

    private ProcessVersion choose(String definitionId, String key, String version) {
        List<Violation> problems = new ArrayList<>();
        if (definitionId != null && (key != null || version != null)) {
            problems.add(new Violation("processDefinitionId", "give either processDefinitionId, or key and version"));
        }
        if (definitionId != null && definitionId.length() > MAX_ID) {
            problems.add(new Violation("processDefinitionId", "must be at most " + MAX_ID + " characters"));
        }
        if (key != null && key.length() > MAX_ID) {
            problems.add(new Violation("key", "must be at most " + MAX_ID + " characters"));
        }
        Integer number = null;
        if (version != null) {
            number = parseVersion(version);
            if (number == null) {
                problems.add(new Violation("version", "must be a whole number from 1, or absent for the latest"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (definitionId != null) {
            return monitor.byId(definitionId).orElseThrow(() -> new ProcessDefinitionNotFoundException(
                    "with the id " + definitionId));
        }
        String processKey = key == null ? TaskLifecycleModel.PROCESS_KEY : key;
        if (number == null) {
            return monitor.versionsOf(processKey, 1).stream().findFirst()
                    .orElseThrow(() -> new ProcessDefinitionNotFoundException("with the key " + processKey));
        }
        int wanted = number;
        return monitor.byKeyAndVersion(processKey, wanted).orElseThrow(() -> new ProcessDefinitionNotFoundException(
                "with the key " + processKey + " in version " + wanted));
    }

    private static Integer parseVersion(String text) {
        if (!text.matches("\\d{1,9}")) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value >= 1 ? value : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** What the monitor answers: the chosen version's snapshot, its sibling versions, all processes, the XML. */
    public record Report(ProcessSnapshot snapshot, List<ProcessVersion> versions, List<ProcessVersion> processes,
                         String bpmnXml) {
    }
}
