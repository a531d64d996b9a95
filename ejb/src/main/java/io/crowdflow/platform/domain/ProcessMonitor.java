package io.crowdflow.platform.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the process engine can tell about the deployed process models: the versions of a process, and for
 * one version the instances per activity (running now and finished, from history) and the open incidents.
 * Read-only; the adapter is {@code CamundaProcessMonitor}.
 */
public interface ProcessMonitor {

    /** The deployed processes, each once, with its latest version. */
    List<ProcessVersion> latestVersions();

    /** Every version of a process, newest first (at most {@code limit}). */
    List<ProcessVersion> versionsOf(String key, int limit);

    Optional<ProcessVersion> byId(String definitionId);

    Optional<ProcessVersion> byKeyAndVersion(String key, int version);

    /** The counts of one version, with its open incidents (at most {@code incidentLimit}). */
    ProcessSnapshot snapshot(ProcessVersion version, int incidentLimit);

    /** The BPMN 2.0 XML of one version, as deployed. */
    String bpmnXml(ProcessVersion version);
}
