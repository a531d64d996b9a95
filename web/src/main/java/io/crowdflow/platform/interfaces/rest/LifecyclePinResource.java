package io.crowdflow.platform.interfaces.rest;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.platform.application.LifecyclePinService;
import io.crowdflow.web.CurrentCaller;
import io.crowdflow.web.json.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Version pins of the lifecycle model per task type, for process designers and admins: a pinned task type's
 * new tasks start on that version; without a pin, on the latest.
 */
@Path("admin/lifecycle-pins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.PROCESS_DESIGNER, Caller.ADMIN})
public class LifecyclePinResource {

    @Inject
    LifecyclePinService pins;

    @Inject
    CurrentCaller caller;

    @GET
    public List<LifecyclePinView> list() {
        return pins.all().stream().map(LifecyclePinView::of).toList();
    }

    /** Body: {"version": 3, "reason": "..."}. */
    @PUT
    @Path("{taskType}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LifecyclePinView pin(@PathParam("taskType") String taskType, String json) {
        JsonBody body = JsonBody.parse(json);
        Integer version = body.integer("version");
        String reason = body.string("reason");
        body.requireWellTyped();
        return LifecyclePinView.of(pins.pin(caller.get(), taskType, version, reason));
    }

    @DELETE
    @Path("{taskType}")
    public void unpin(@PathParam("taskType") String taskType) {
        pins.unpin(caller.get(), taskType);
    }
}
