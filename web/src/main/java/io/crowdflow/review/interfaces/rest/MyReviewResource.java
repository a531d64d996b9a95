package io.crowdflow.review.interfaces.rest;

import java.util.List;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.application.MyWorkService;
import io.crowdflow.web.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A worker's view of the review of their own work: decisions with reasons, and their reputation per type. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class MyReviewResource {

    @Inject
    MyWorkService myWork;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("me/submissions")
    @RolesAllowed(Caller.WORKER)
    public List<MySubmissionView> submissions() {
        return myWork.submissionsOf(caller.get()).stream().map(MySubmissionView::of).toList();
    }

    @GET
    @Path("me/reputation")
    @RolesAllowed(Caller.WORKER)
    public List<ReputationView> reputation() {
        return myWork.reputationOf(caller.get()).stream().map(ReputationView::of).toList();
    }
}
