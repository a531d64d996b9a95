package io.crowdflow.task.interfaces.rest;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.task.application.RequesterActivityService;
import io.crowdflow.task.domain.RequesterActivity;
import io.crowdflow.web.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/** The requester's own tasks over time: posted, settled (throughput), decided and accepted work. */
@Path("me/task-activity")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.REQUESTER)
public class RequesterActivityResource {

    @Inject
    RequesterActivityService activity;

    @Inject
    CurrentCaller caller;

    @GET
    public ActivityView mine(@QueryParam("days") String days, @QueryParam("bucket") String bucket) {
        RequesterActivityService.Activity a = activity.of(caller.get().subject(), days, bucket);
        RequesterActivity r = a.activity();
        return new ActivityView(r.from(), r.to(), a.bucket(), r.buckets().stream().map(b -> new BucketView(b.start(),
                b.posted(), b.settled(), b.decided(), b.accepted(), b.acceptanceRate())).toList());
    }

    public record ActivityView(Instant from, Instant to, String bucket, List<BucketView> buckets) {
    }

    public record BucketView(Instant start, long posted, long settled, long decided, long accepted,
                             Double acceptanceRate) {
    }
}
