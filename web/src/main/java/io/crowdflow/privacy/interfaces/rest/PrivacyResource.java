package io.crowdflow.privacy.interfaces.rest;

import io.crowdflow.privacy.application.ErasureService;
import io.crowdflow.privacy.application.ExportService;
import io.crowdflow.web.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/**
 * The data subject's rights: a copy of everything about me, and erasure. The class path is empty (as in
 * AccountResource): a class path "me" would capture every /me/... request, and /me/assignments would 404.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    @Inject
    ExportService exports;

    @Inject
    ErasureService erasure;

    @Inject
    CurrentCaller caller;

    public record ErasureView(String personId, Instant erasedAt, boolean dataKeyDestroyed,
                              boolean identityProviderAccountRemoved, int consentsWithdrawn) {
    }

    @GET
    @Path("me/export")
    public Response export() {
        JsonObject export = exports.export(caller.get());
        return Response.ok(export.toString(), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"crowdflow-export.json\"").build();
    }

    /** Irreversible: the data key is destroyed and the Keycloak user removed. No body. */
    @POST
    @Path("me/erasure")
    public ErasureView erase() {
        ErasureService.Receipt receipt = erasure.erase(caller.get());
        return new ErasureView(receipt.personId(), receipt.erasedAt(), receipt.dataKeyDestroyed(),
                receipt.accountRemoved(), receipt.consentsWithdrawn());
    }
}
