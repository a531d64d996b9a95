package io.crowdflow.privacy.application;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.privacy.domain.ConsentEvent;
import io.crowdflow.privacy.domain.ConsentLog;
import io.crowdflow.privacy.domain.ConsentRecords;
import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * A person's consents: the current state in Keycloak, every change in the audit log. The audit row is
 * written first and Keycloak last in the same transaction: if Keycloak refuses, the row is rolled back
 * and the answer is 503 with nothing changed.
 */
@Stateless
public class ConsentService {

    @Inject
    ConsentRecords records;

    @Inject
    ConsentLog log;

    @Inject
    ConsentHolders holders;

    @Inject
    Clock clock;

    /** The caller's consent per purpose and their history. */
    public Consents of(Caller caller) {
        return new Consents(records.grantedBy(caller.subject()), log.of(caller.subject()));
    }

    /** Grants or withdraws; a call that changes nothing records nothing. */
    public Consents change(Caller caller, String purposeSlug, Boolean granted) {
        Purpose purpose = Purpose.fromSlug(purposeSlug);
        if (granted == null) {
            throw new InvalidRequestException("granted", "is required: true to grant, false to withdraw");
        }
        Set<Purpose> current = records.grantedBy(caller.subject());
        if (current.contains(purpose) != granted) {
            log.add(new ConsentEvent(caller.subject(), purpose, granted, clock.now(), ConsentEvent.SOURCE_API,
                    caller.subject()));
            records.change(caller.subject(), purpose, granted);
            holders.forget();
        }
        return of(caller);
    }

    /** Whether the person has granted the purpose (briefly cached; see {@link ConsentHolders}). */
    public boolean hasGranted(String personId, Purpose purpose) {
        return holders.of(purpose).contains(personId);
    }

    public Set<String> holdersOf(Purpose purpose) {
        return holders.of(purpose);
    }

    public record Consents(Set<Purpose> granted, List<ConsentEvent> history) {
    }
}
