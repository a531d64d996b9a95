package io.crowdflow.platform.infrastructure.camunda;

import io.crowdflow.platform.domain.ProcessMonitor;
import io.crowdflow.platform.domain.ProcessSnapshot;
import io.crowdflow.platform.domain.ProcessSnapshot.ActivityCount;
import io.crowdflow.platform.domain.ProcessSnapshot.OpenIncident;
import io.crowdflow.platform.domain.ProcessVersion;
import io.crowdflow.shared.domain.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityStatistics;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The process monitor on Camunda's own aggregate queries: the runtime's activity statistics (instances and
 * open incidents per activity now, as Cockpit counts them), the history's activity statistics (finished and
 * cancelled per activity), the open incidents, and the instance counts. Each call reads the database; nothing
 * is cached.
 */
@ApplicationScoped
public class CamundaProcessMonitor implements ProcessMonitor {

    @Inject
    ProcessEngine engine;

    @Inject
    Clock clock;

    @Override
    public List<ProcessVersion> latestVersions() {
        return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list().stream().map(this::versionOf).toList();
    }

    @Override
    public List<ProcessVersion> versionsOf(String key, int limit) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().desc().listPage(0, limit).stream().map(this::versionOf).toList();
    }

    @Override
    public Optional<ProcessVersion> byId(String definitionId) {
        return Optional.ofNullable(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionId(definitionId).singleResult()).map(this::versionOf);
    }

    @Override
    public Optional<ProcessVersion> byKeyAndVersion(String key, int version) {
        return Optional.ofNullable(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(key).processDefinitionVersion(version).singleResult()).map(this::versionOf);
    }

    @Override
    public ProcessSnapshot snapshot(ProcessVersion version, int incidentLimit) {
        String id = version.definitionId();
        Instant takenAt = clock.now();
        // active and incidents from the runtime (an instance waiting at an asynchronous step has no historic
        // activity instance yet); finished and cancelled from the history
        Map<String, ActivityStatistics> now = engine.getManagementService().createActivityStatisticsQuery(id)
                .includeIncidents().list().stream()
                .collect(Collectors.toMap(ActivityStatistics::getId, a -> a, (a, b) -> a));
        Map<String, HistoricActivityStatistics> past = engine.getHistoryService()
                .createHistoricActivityStatisticsQuery(id).includeFinished().includeCanceled()
                .list().stream().collect(Collectors.toMap(HistoricActivityStatistics::getId, a -> a, (a, b) -> a));
        Set<String> ids = new TreeSet<>(now.keySet());
        ids.addAll(past.keySet());
        List<ActivityCount> activities = ids.stream().map(activity -> {
            ActivityStatistics running = now.get(activity);
            HistoricActivityStatistics history = past.get(activity);
            return new ActivityCount(activity, running == null ? 0 : running.getInstances(),
                    history == null ? 0 : history.getFinished(), history == null ? 0 : history.getCanceled(),
                    running == null ? 0 : running.getIncidentStatistics().stream()
                            .mapToLong(IncidentStatistics::getIncidentCount).sum());
        }).toList();
        long openIncidents = engine.getRuntimeService().createIncidentQuery().processDefinitionId(id).count();
        List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processDefinitionId(id)
                .orderByIncidentTimestamp().desc().listPage(0, incidentLimit);
        Map<String, String> taskIds = businessKeys(incidents);
        long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(id).count();
        long finished = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionId(id)
                .finished().count();
        return new ProcessSnapshot(version, takenAt, running, finished, activities,
                incidents.stream().map(i -> new OpenIncident(i.getId(), i.getActivityId(), i.getIncidentType(),
                        i.getIncidentMessage(), instant(i.getIncidentTimestamp()), i.getProcessInstanceId(),
                        taskIds.get(i.getProcessInstanceId()))).toList(),
                openIncidents);
    }

    @Override
    public String bpmnXml(ProcessVersion version) {
        try (InputStream xml = engine.getRepositoryService().getProcessModel(version.definitionId())) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model of " + version.definitionId(), e);
        }
    }

    /** The task id of each process instance (its business key). */
    private Map<String, String> businessKeys(List<Incident> incidents) {
        Set<String> instances = new HashSet<>();
        incidents.forEach(i -> instances.add(i.getProcessInstanceId()));
        instances.remove(null);
        if (instances.isEmpty()) {
            return Map.of();
        }
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
    }

    private ProcessVersion versionOf(ProcessDefinition definition) {
        Deployment deployment = definition.getDeploymentId() == null ? null : engine.getRepositoryService()
                .createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
        return new ProcessVersion(definition.getId(), definition.getKey(), definition.getName(),
                definition.getVersion(), definition.getDeploymentId(),
                deployment == null ? null : instant(deployment.getDeploymentTime()), definition.isSuspended());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
