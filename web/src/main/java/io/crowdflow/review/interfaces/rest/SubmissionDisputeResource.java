package io.crowdflow.review.interfaces.rest;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.application.DisputeService;
import io.crowdflow.web.CurrentCaller;
import io.crowdflow.web.json.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A rejected worker disputes the rejection of their submission, once. */
@Path("submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionDisputeResource {

    @Inject
    DisputeService disputes;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("{id}/dispute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.WORKER)
    public Response dispute(@PathParam("id") String submissionId, String body) {
        JsonBody json = JsonBody.parse(body);
        String reason = json.string("reason");
        json.requireWellTyped();
        return Response.status(Response.Status.CREATED)
                .entity(DisputeView.of(disputes.file(caller.get(), submissionId, reason))).build();
    }
}
