package io.crowdflow.web;

import io.crowdflow.identity.application.IdentityService;
import io.crowdflow.identity.domain.Caller;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A person appears in the platform the first time they call it with a valid token. Most calls come from
 * people registered as their token says: for them this is one read, with no transaction of its own (an
 * erased person is still refused by it); only a new person or a changed name or worker flag is written.
 */
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
        Caller current = caller.get();
        if (identity.isRegisteredAsIs(current)) {
            return;
        }
        try {
            identity.register(current);
        } catch (EJBException firstCallRace) {
            // two first calls of the same person at once: the other one registered them
            identity.register(current);
        }
    }
}
