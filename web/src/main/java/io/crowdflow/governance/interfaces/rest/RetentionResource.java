package io.crowdflow.governance.interfaces.rest;

import io.crowdflow.governance.application.RetentionAuditService;
import io.crowdflow.governance.application.RetentionService;
import io.crowdflow.identity.domain.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The retention audit and each task's retention plan, for compliance officers. */
@Path("governance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.COMPLIANCE_OFFICER)
public class RetentionResource {

    @Inject
    RetentionAuditService audit;

    @Inject
    RetentionService retention;

    @GET
    @Path("audit")
    public JsonObject audit(@QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("50") int size,
                            @QueryParam("taskId") String taskId, @QueryParam("kind") String kind) {
        return RuleSetAssembler.audit(audit.read(page, size, taskId, kind));
    }

    /** The planned actions of the next days, per UTC day and action (the retention calendar). */
    @GET
    @Path("retention/calendar")
    public JsonObject calendar(@QueryParam("days") String days) {
        return RuleSetAssembler.calendar(retention.calendar(days));
    }

    @GET
    @Path("retention/{taskId}")
    public JsonObject plan(@PathParam("taskId") String taskId) {
        return RuleSetAssembler.plan(retention.planOf(taskId));
    }
}
