package io.crowdflow.privacy.application;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.identity.domain.Person;
import io.crowdflow.identity.domain.PersonRepository;
import io.crowdflow.privacy.domain.ConsentEvent;
import io.crowdflow.privacy.domain.ConsentLog;
import io.crowdflow.privacy.domain.ConsentRecords;
import io.crowdflow.privacy.domain.IdentityProviderAccounts;
import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.privacy.domain.crypto.DataKeys;
import io.crowdflow.review.domain.Reputations;
import io.crowdflow.shared.domain.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The right to erasure, by crypto-shredding: the person's data key is destroyed, so every field
 * encrypted under it (answers, dispute reasons, task content, skills) can no longer be read, in the
 * working tables and in any backup. Their consents end, their profile is emptied, and their Keycloak user
 * is removed, and their reputations (figures about them) are deleted. The ledger is untouched: it holds only keyed pseudonyms of account ids, so it still verifies.
 * Keycloak is called last in the transaction: if it fails, nothing is changed (503).
 */
@Stateless
public class ErasureService {

    private static final Logger LOG = Logger.getLogger(ErasureService.class.getName());

    @Inject
    PersonRepository people;

    @Inject
    DataKeys keys;

    /** Drops the person's texts decrypted earlier along with the key (they would read as erased anyway). */
    @Inject
    PersonalDataCrypto crypto;

    @Inject
    ConsentRecords consents;

    @Inject
    ConsentLog consentLog;

    @Inject
    ConsentHolders holders;

    @Inject
    IdentityProviderAccounts accounts;

    @Inject
    Reputations reputations;

    @Inject
    Clock clock;

    public Receipt erase(Caller caller) {
        Instant now = clock.now();
        Person person = people.find(caller.subject()).orElseThrow(() ->
                new IllegalStateException("caller was registered by the REST layer: " + caller.subject()));
        Set<Purpose> granted = consents.grantedBy(person.id());
        for (Purpose purpose : granted) {
            consentLog.add(new ConsentEvent(person.id(), purpose, false, now, ConsentEvent.SOURCE_ERASURE,
                    caller.subject()));
        }
        person.erase(now);
        int reputationsDeleted = reputations.forget(person.id());
        boolean keyDestroyed = keys.destroy(person.id());
        crypto.forget(person.id());
        boolean accountRemoved = accounts.remove(person.id());
        holders.forget();
        LOG.info("CROWDFLOW-08004 person " + person.id() + " erased: data key destroyed=" + keyDestroyed
                + ", identity provider account removed=" + accountRemoved + ", consents withdrawn=" + granted.size()
                + ", reputations deleted=" + reputationsDeleted);
        return new Receipt(person.id(), now, keyDestroyed, accountRemoved, granted.size());
    }

    public record Receipt(String personId, Instant erasedAt, boolean dataKeyDestroyed, boolean accountRemoved,
                          int consentsWithdrawn) {
    }
}
