package io.crowdflow.platform.interfaces.rest;

import jakarta.enterprise.inject.spi.CDI;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;

import java.util.Set;

/**
 * Hands Camunda's REST API the platform's one engine (started by ProcessEngineBootstrap); registered
 * through META-INF/services. The engine answers to its own name and to "default".
 */
public class CrowdflowProcessEngineProvider implements ProcessEngineProvider {

    @Override
    public ProcessEngine getDefaultProcessEngine() {
        return CDI.current().select(ProcessEngine.class).get();
    }

    @Override
    public ProcessEngine getProcessEngine(String name) {
        ProcessEngine engine = getDefaultProcessEngine();
        return engine.getName().equals(name) || "default".equals(name) ? engine : null;
    }

    @Override
    public Set<String> getProcessEngineNames() {
        return Set.of(getDefaultProcessEngine().getName());
    }
}
