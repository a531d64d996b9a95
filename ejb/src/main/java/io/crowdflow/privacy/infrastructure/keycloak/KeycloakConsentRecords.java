package io.crowdflow.privacy.infrastructure.keycloak;

import io.crowdflow.privacy.domain.ConsentRecords;
import io.crowdflow.privacy.domain.IdentityProviderUnavailableException;
import io.crowdflow.privacy.domain.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consents as the multi-valued user attribute {@value #ATTRIBUTE} of the Keycloak user: one value per
 * granted purpose. The realm's user profile declares the attribute as viewable and editable by admins
 * only, so users cannot change it in the account console; the platform's service account writes it.
 */
@ApplicationScoped
public class KeycloakConsentRecords implements ConsentRecords {

    public static final String ATTRIBUTE = "crowdflow-consents";
    private static final int PAGE = 500;

    @Inject
    KeycloakAdmin admin;

    @Override
    public Set<Purpose> grantedBy(String personId) {
        try {
            return purposesOf(admin.users().get(personId).toRepresentation());
        } catch (NotFoundException gone) {
            return Set.of();
        } catch (ProcessingException | WebApplicationException e) {
            throw new IdentityProviderUnavailableException("read the consents", e);
        }
    }

    @Override
    public void change(String personId, Purpose purpose, boolean granted) {
        try {
            UserResource user = admin.users().get(personId);
            UserRepresentation representation = user.toRepresentation();
            Map<String, List<String>> attributes = representation.getAttributes() == null ? new HashMap<>()
                    : new HashMap<>(representation.getAttributes());
            Set<String> values = new HashSet<>(attributes.getOrDefault(ATTRIBUTE, List.of()));
            boolean changed = granted ? values.add(purpose.slug()) : values.remove(purpose.slug());
            if (!changed) {
                return;
            }
            attributes.put(ATTRIBUTE, new ArrayList<>(values.stream().sorted().toList()));
            representation.setAttributes(attributes);
            user.update(representation);
        } catch (ProcessingException | WebApplicationException e) {
            throw new IdentityProviderUnavailableException("store the consent", e);
        }
    }

    @Override
    public Set<String> holdersOf(Purpose purpose) {
        try {
            Set<String> ids = new HashSet<>();
            for (int first = 0; ; first += PAGE) {
                List<UserRepresentation> page = admin.users()
                        .searchByAttributes(first, PAGE, true, true, true, ATTRIBUTE + ":" + purpose.slug());
                page.forEach(u -> ids.add(u.getId()));
                if (page.size() < PAGE) {
                    return ids;
                }
            }
        } catch (ProcessingException | WebApplicationException e) {
            throw new IdentityProviderUnavailableException("list who consented", e);
        }
    }

    private static Set<Purpose> purposesOf(UserRepresentation user) {
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        if (user.getAttributes() == null) {
            return purposes;
        }
        for (String value : user.getAttributes().getOrDefault(ATTRIBUTE, List.of())) {
            for (Purpose p : Purpose.values()) {
                if (p.slug().equals(value)) {
                    purposes.add(p);
                }
            }
        }
        return purposes;
    }
}
