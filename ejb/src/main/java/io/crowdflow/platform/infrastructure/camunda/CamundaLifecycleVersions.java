package io.crowdflow.platform.infrastructure.camunda;

import io.crowdflow.platform.domain.LifecycleVersions;
import io.crowdflow.platform.process.TaskLifecycleModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import java.util.List;

/** The lifecycle's versions as Camunda's repository knows them. */
@ApplicationScoped
public class CamundaLifecycleVersions implements LifecycleVersions {

    @Inject
    ProcessEngine engine;

    @Override
    public List<Integer> deployed() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(TaskLifecycleModel.PROCESS_KEY)
                .orderByProcessDefinitionVersion().asc().list().stream()
                .map(ProcessDefinition::getVersion).toList();
    }
}
