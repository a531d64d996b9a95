package io.crowdflow.privacy.interfaces.rest;

import io.crowdflow.privacy.application.ConsentService;
import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.web.CurrentCaller;
import io.crowdflow.web.json.JsonBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The caller's consents per purpose, kept in Keycloak; every change is audited. */
@Path("me/consents")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    ConsentService consents;

    @Inject
    CurrentCaller caller;

    public record ConsentsView(List<PurposeView> consents, List<ChangeView> history) {
    }

    public record PurposeView(String purpose, boolean granted) {
    }

    public record ChangeView(String purpose, boolean granted, Instant at, String source) {
    }

    @GET
    public ConsentsView read() {
        return viewOf(consents.of(caller.get()));
    }

    /** {"granted": true} grants the purpose, {"granted": false} withdraws it. */
    @PUT
    @Path("{purpose}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsentsView change(@PathParam("purpose") String purpose, String body) {
        Purpose.fromSlug(purpose);
        JsonBody json = JsonBody.parse(body);
        Boolean granted = json.bool("granted");
        json.requireWellTyped();
        return viewOf(consents.change(caller.get(), purpose, granted));
    }

    private static ConsentsView viewOf(ConsentService.Consents current) {
        return new ConsentsView(
                Arrays.stream(Purpose.values()).map(p -> new PurposeView(p.slug(), current.granted().contains(p)))
                        .toList(),
                current.history().stream().map(e -> new ChangeView(e.purpose(), e.granted(), e.occurredAt(),
                        e.source())).toList());
    }
}
