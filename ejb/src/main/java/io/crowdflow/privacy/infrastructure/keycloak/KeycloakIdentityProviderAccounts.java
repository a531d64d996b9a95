package io.crowdflow.privacy.infrastructure.keycloak;

import io.crowdflow.privacy.application.PrivacySettings;
import io.crowdflow.privacy.domain.IdentityProviderAccounts;
import io.crowdflow.privacy.domain.IdentityProviderUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.Map;

/**
 * Erasure at Keycloak: the user is deleted (default), or, with {@code crowdflow.erasure.account-action=disable},
 * disabled with its personal fields and attributes cleared (for realms whose other applications must keep the id).
 */
@ApplicationScoped
public class KeycloakIdentityProviderAccounts implements IdentityProviderAccounts {

    @Inject
    KeycloakAdmin admin;

    @Inject
    PrivacySettings settings;

    @Override
    public boolean remove(String personId) {
        try {
            UserResource user = admin.users().get(personId);
            if ("disable".equals(settings.erasureAccountAction())) {
                UserRepresentation representation = user.toRepresentation();
                representation.setEnabled(false);
                representation.setEmail(null);
                representation.setFirstName(null);
                representation.setLastName(null);
                representation.setAttributes(Map.of());
                user.update(representation);
                user.logout();
                return true;
            }
            user.remove();
            return true;
        } catch (NotFoundException gone) {
            return false;
        } catch (ProcessingException | WebApplicationException e) {
            throw new IdentityProviderUnavailableException("remove the account", e);
        }
    }
}
