package io.crowdflow.assignment.interfaces.rest;

import io.crowdflow.assignment.application.LearningCurveService;
import io.crowdflow.identity.domain.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The assignment policy's reward over time, per policy, for admins (docs/api.md, docs/assignment.md). */
@Path("admin/policy/learning-curve")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
public class LearningCurveResource {

    @Inject
    LearningCurveService learningCurve;

    @GET
    public LearningCurveView curve(@QueryParam("days") String days, @QueryParam("bucket") String bucket) {
        return LearningCurveView.of(learningCurve.curve(days, bucket));
    }
}
