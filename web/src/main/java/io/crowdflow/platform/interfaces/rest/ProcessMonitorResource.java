package io.crowdflow.platform.interfaces.rest;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.platform.application.ProcessMonitorService;
import io.crowdflow.shared.domain.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The process monitor for process designers and admins: per model version, instances per activity (active
 * now, finished from history) and open incidents, with the BPMN XML to draw them on (docs/api.md).
 */
@Path("admin/process-monitor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PROCESS_DESIGNER, Caller.ADMIN})
public class ProcessMonitorResource {

    @Inject
    ProcessMonitorService monitor;

    @GET
    public ProcessMonitorView monitor(@QueryParam("processDefinitionId") String definitionId,
                                      @QueryParam("key") String key, @QueryParam("version") String version,
                                      @QueryParam("xml") @DefaultValue("true") String xml) {
        if (!"true".equals(xml) && !"false".equals(xml)) {
            throw new InvalidRequestException("xml", "must be true or false");
        }
        return ProcessMonitorView.of(monitor.report(definitionId, key, version, "true".equals(xml)));
    }
}
