package io.crowdflow.review.interfaces.rest;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.domain.Dispute;
import io.crowdflow.shared.application.IdempotentCalls;
import io.crowdflow.task.domain.IdempotencyKey;
import io.crowdflow.web.RequestKeys;
import io.crowdflow.review.application.DisputeService;
import io.crowdflow.web.CurrentCaller;
import io.crowdflow.web.json.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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
    IdempotentCalls idempotent;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("{id}/dispute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.WORKER)
    public Response dispute(@PathParam("id") String submissionId, @HeaderParam("Idempotency-Key") String header,
                            String body) {
        JsonBody json = JsonBody.parse(body);
        String reason = json.string("reason");
        json.requireWellTyped();
        IdempotencyKey key = RequestKeys.of(header, submissionId, String.valueOf(reason));
        Caller worker = caller.get();
        var filed = idempotent.once(worker.subject(), "dispute", RequestKeys.valueOf(key), RequestKeys.hashOf(key),
                () -> disputes.file(worker, submissionId, reason), Dispute::id, disputes::dispute);
        return Response.status(Response.Status.CREATED).header("Idempotent-Replayed", filed.replayed())
                .entity(DisputeView.of(filed.result())).build();
    }
}
