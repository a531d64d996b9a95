package io.crowdflow.assignment.infrastructure.consent;

import io.crowdflow.assignment.domain.ProfilingConsents;
import io.crowdflow.privacy.application.ConsentHolders;
import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.shared.domain.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Each person's own consent to {@value ProfilingConsents#PURPOSE}, from the privacy context (Keycloak,
 * cached for at most {@code crowdflow.consent.cache-ttl}). When Keycloak cannot be asked, no one counts
 * as having consented: the decision is then non-personalised, never profiled without consent.
 */
@ApplicationScoped
public class RecordedProfilingConsents implements ProfilingConsents {

    private static final Logger LOG = Logger.getLogger(RecordedProfilingConsents.class.getName());

    /** A CDI bean, not an EJB: its failure must not mark the assignment's transaction for rollback. */
    @Inject
    ConsentHolders consents;

    @Override
    public Set<String> withoutConsent(Collection<String> personIds) {
        try {
            return consents.withoutConsent(Purpose.ASSIGNMENT_PROFILING, personIds);
        } catch (UnavailableException e) {
            LOG.warning("CROWDFLOW-08003 consents could not be read (" + e.getMessage()
                    + "); this assignment is non-personalised for everyone");
            return new HashSet<>(personIds);
        }
    }
}
