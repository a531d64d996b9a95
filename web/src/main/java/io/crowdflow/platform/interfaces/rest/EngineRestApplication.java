package io.crowdflow.platform.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

import java.util.HashSet;
import java.util.Set;

/**
 * Camunda's own REST API at {@code /crowdflow/engine-rest}, for process designers and admins (web.xml):
 * Camunda Modeler's deploy dialog and Camunda-compatible tools work against the platform as against any
 * Camunda 7 engine. Its classes are listed here, never scanned.
 */
@ApplicationPath("engine-rest")
public class EngineRestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(CamundaRestResources.getResourceClasses());
        classes.addAll(CamundaRestResources.getConfigurationClasses());
        // Jackson for every JSON body, and unparsable models as 400 (see each class)
        classes.remove(com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider.class);
        classes.add(EngineRestJsonProvider.class);
        classes.remove(org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler.class);
        classes.add(EngineRestExceptionHandler.class);
        return classes;
    }
}
