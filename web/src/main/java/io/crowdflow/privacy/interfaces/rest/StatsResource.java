package io.crowdflow.privacy.interfaces.rest;

import io.crowdflow.privacy.application.StatisticsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Public statistics with differential privacy: tasks per type, approval rates, earnings distribution. */
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    StatisticsService statistics;

    @GET
    public Response read() {
        return Response.ok(statistics.publicStatistics().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
