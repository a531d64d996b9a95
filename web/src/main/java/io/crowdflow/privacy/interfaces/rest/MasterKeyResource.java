package io.crowdflow.privacy.interfaces.rest;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.privacy.application.MasterKeyRotation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The master key's rotation, for admins: which keys wrap how many data keys, and re-wrapping now. */
@Path("admin/crypto")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
public class MasterKeyResource {

    @Inject
    MasterKeyRotation rotation;

    @GET
    @Path("master-keys")
    public MasterKeyRotation.Status status() {
        return rotation.status();
    }

    /** Re-wraps, under the current master key, every data key another one still wraps. No body. */
    @POST
    @Path("rewrap")
    public MasterKeyRotation.Outcome rewrap() {
        return rotation.rewrapAll();
    }
}
