package io.crowdflow.assignment.infrastructure.consent;

import io.crowdflow.assignment.domain.ProcessingConsents;
import io.crowdflow.privacy.application.ConsentHolders;
import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.privacy.domain.UnknownPurposeException;
import io.crowdflow.shared.domain.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Each person's own consent to a purpose a task needs, from the privacy context (Keycloak, cached for at most
 * {@code crowdflow.consent.cache-ttl}). A purpose the platform does not know, or a record that cannot be read,
 * leaves everyone without consent: the task waits rather than being worked on without it.
 */
@ApplicationScoped
public class RecordedProcessingConsents implements ProcessingConsents {

    private static final Logger LOG = Logger.getLogger(RecordedProcessingConsents.class.getName());

    /** A CDI bean, not an EJB: its failure must not mark the assignment's transaction for rollback. */
    @Inject
    ConsentHolders consents;

    @Override
    public Set<String> withoutConsent(String purpose, Collection<String> personIds) {
        try {
            return consents.withoutConsent(Purpose.fromSlug(purpose), personIds);
        } catch (UnknownPurposeException e) {
            LOG.warning("CROWDFLOW-08007 governance asks for consent to '" + purpose + "', which is not a purpose"
                    + " people can grant; no one is eligible for such tasks");
            return new HashSet<>(personIds);
        } catch (UnavailableException e) {
            LOG.warning("CROWDFLOW-08008 consents to " + purpose + " could not be read (" + e.getMessage()
                    + "); no one is eligible for tasks that need it until they can");
            return new HashSet<>(personIds);
        }
    }
}
