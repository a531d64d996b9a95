package io.crowdflow.review.interfaces.rest;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.application.TaskResultsService;
import io.crowdflow.web.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A task's results for its requester: the aggregated answer and every answer with its decision and reason. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResultsResource {

    @Inject
    TaskResultsService results;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("{id}/results")
    @RolesAllowed({Caller.REQUESTER, Caller.ADMIN})
    public TaskResultsView read(@PathParam("id") String id) {
        return TaskResultsView.of(results.of(caller.get(), id));
    }
}
