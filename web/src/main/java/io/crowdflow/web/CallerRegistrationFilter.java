package io.crowdflow.web;

import io.crowdflow.identity.application.IdentityService;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** A person appears in the platform the first time they call it with a valid token. */
@Provider
public class CallerRegistrationFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller caller;

    @Inject
    IdentityService identity;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        try {
            identity.register(caller.get());
        } catch (EJBException firstCallRace) {
            // two first calls of the same person at once: the other one registered them
            identity.register(caller.get());
        }
    }
}
