package io.crowdflow.review.interfaces.rest;

import io.crowdflow.assignment.interfaces.rest.SubmissionView;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.application.ReviewService;
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

import java.util.List;

@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.REVIEWER)
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    CurrentCaller caller;

    @GET
    public List<ReviewView> queue() {
        return reviews.queueFor(caller.get()).stream().map(item -> new ReviewView(item.submission().id(),
                item.task().id(), item.task().title(), item.task().instructions(), item.task().type(),
                JsonBody.parseValue(item.task().inputJson()), JsonBody.parseValue(item.submission().answerJson()),
                item.submission().submittedAt())).toList();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubmissionView decide(@PathParam("id") String submissionId, String body) {
        JsonBody json = JsonBody.parse(body);
        String decision = json.string("decision");
        String reason = json.string("reason");
        json.requireWellTyped();
        return SubmissionView.of(reviews.decide(caller.get(), submissionId, decision, reason));
    }
}
