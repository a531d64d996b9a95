package io.crowdflow.assignment.interfaces.rest;

import io.crowdflow.assignment.application.AssignmentService;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.shared.application.IdempotentCalls;
import io.crowdflow.task.domain.IdempotencyKey;
import io.crowdflow.web.RequestKeys;
import io.crowdflow.task.interfaces.rest.TaskView.RewardView;
import io.crowdflow.web.CurrentCaller;
import io.crowdflow.web.json.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @Inject
    AssignmentService assignments;

    @Inject
    IdempotentCalls idempotent;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("me/assignments")
    @RolesAllowed(Caller.WORKER)
    public List<AssignmentView> mine() {
        return assignments.openFor(caller.get()).stream().map(open -> {
            var a = open.assignment();
            var t = open.task();
            return new AssignmentView(a.id(), t.id(), a.status().name().toLowerCase(), t.title(), t.instructions(),
                    t.type(), new RewardView(t.reward().amountText(), t.reward().currency()), t.skills(),
                    JsonBody.parseValue(t.inputJson()), a.assignedAt(), a.dueAt(), a.shownReason());
        }).toList();
    }

    @POST
    @Path("assignments/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.WORKER)
    public Response submit(@PathParam("id") String assignmentId, @HeaderParam("Idempotency-Key") String header,
                           String body) {
        String answer = JsonBody.parse(body).json("answer");
        IdempotencyKey key = RequestKeys.of(header, assignmentId, String.valueOf(answer));
        Caller worker = caller.get();
        var submitted = idempotent.once(worker.subject(), "submission", RequestKeys.valueOf(key),
                RequestKeys.hashOf(key), () -> assignments.submit(worker, assignmentId, answer), Submission::id,
                assignments::submission);
        return Response.status(Response.Status.CREATED).header("Idempotent-Replayed", submitted.replayed())
                .entity(SubmissionView.of(submitted.result())).build();
    }
}
