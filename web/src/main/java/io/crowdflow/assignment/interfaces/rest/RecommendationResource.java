package io.crowdflow.assignment.interfaces.rest;

import io.crowdflow.assignment.application.RecommendationService;
import io.crowdflow.assignment.domain.TaskAffinities;
import io.crowdflow.assignment.domain.TaskAffinities.ModelSummary;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.web.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The task recommender: a worker's ranked open tasks, and the administrator's rebuild of the model. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    @Inject
    RecommendationService recommendations;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("me/recommendations")
    @RolesAllowed(Caller.WORKER)
    public List<RecommendationView> mine() {
        return recommendations.forWorker(caller.get()).stream().map(RecommendationView::of).toList();
    }

    /**
     * The model served now (size, build time and age) and, while a rebuild runs (the timer's or a request's),
     * since when: {@code {"model": {...}, "rebuildingSince": "..."}}.
     */
    @GET
    @Path("admin/recommendations/model")
    @RolesAllowed(Caller.ADMIN)
    public TaskAffinities.Status model() {
        return recommendations.status();
    }

    /** Rebuilds the model from the database now and answers its size and build time. */
    @POST
    @Path("admin/recommendations/rebuild")
    @RolesAllowed(Caller.ADMIN)
    public ModelSummary rebuild() {
        return recommendations.rebuild();
    }
}
