package io.crowdflow.review.interfaces.rest;

import java.util.List;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.application.DisputeService;
import io.crowdflow.web.CurrentCaller;
import io.crowdflow.web.json.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The dispute queue and decisions (reviewers). Workers file disputes through {@link SubmissionDisputeResource}. */
@Path("disputes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.REVIEWER)
public class DisputeResource {

    @Inject
    DisputeService disputes;

    @Inject
    CurrentCaller caller;

    @GET
    public List<DisputeQueueView> queue() {
        return disputes.queueFor(caller.get()).stream().map(item -> new DisputeQueueView(item.dispute().id(),
                item.submission().id(), item.task().id(), item.task().title(), item.task().instructions(),
                item.task().type(), JsonBody.parseValue(item.task().inputJson()),
                JsonBody.parseValue(item.submission().answerJson()), item.submission().decisionReason(),
                item.dispute().reason(), item.dispute().filedAt())).toList();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public DisputeView decide(@PathParam("id") String disputeId, String body) {
        JsonBody json = JsonBody.parse(body);
        String decision = json.string("decision");
        String reason = json.string("reason");
        json.requireWellTyped();
        return DisputeView.of(disputes.decide(caller.get(), disputeId, decision, reason));
    }
}
