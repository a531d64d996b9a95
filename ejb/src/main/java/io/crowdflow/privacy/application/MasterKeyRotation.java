package io.crowdflow.privacy.application;

import io.crowdflow.privacy.domain.crypto.DataKeyRewrapping;
import io.crowdflow.privacy.domain.crypto.DataKeyRewrapping.RewrapPage;
import io.crowdflow.privacy.domain.crypto.MasterKeyRing;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.TreeMap;

/**
 * Rotation of the master key: after an operator sets a new {@code crowdflow.crypto.master-key} and moves the
 * old one to {@code crowdflow.crypto.previous-master-keys}, every data key is re-wrapped under the new one,
 * page by page, each page in its own transaction; the data itself is not touched. When {@link #status()}
 * shows no key left under a previous master key, the operator removes it from the settings.
 */
@Stateless
public class MasterKeyRotation {

    static final int PAGE = 500;

    @Inject
    DataKeyRewrapping dataKeys;

    @Inject
    PrivacySettings settings;

    @Resource
    SessionContext context;

    /** Which master keys wrap how many live data keys. */
    public Status status() {
        MasterKeyRing ring = settings.masterKeyRing();
        Map<String, Long> byKey = new TreeMap<>();
        dataKeys.countByMasterKey().forEach((fingerprint, count) ->
                byKey.merge(fingerprint == null ? "unrecorded" : fingerprint, count, Long::sum));
        long elsewhere = byKey.entrySet().stream().filter(e -> !e.getKey().equals(ring.current().fingerprint()))
                .mapToLong(Map.Entry::getValue).sum();
        return new Status(ring.current().fingerprint(), ring.previousFingerprints(), byKey, elsewhere);
    }

    /** Re-wraps every data key that the current master key does not wrap yet. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome rewrapAll() {
        MasterKeyRotation self = context.getBusinessObject(MasterKeyRotation.class);
        int rewrapped = 0;
        int unreadable = 0;
        String after = null;
        do {
            RewrapPage page = self.rewrapPage(after);
            rewrapped += page.rewrapped();
            unreadable += page.unreadable();
            after = page.lastKeyId();
        } while (after != null);
        return new Outcome(rewrapped, unreadable, status());
    }

    /** One page, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RewrapPage rewrapPage(String afterKeyId) {
        return dataKeys.rewrap(afterKeyId, PAGE);
    }

    /**
     * @param current          fingerprint of the master key that wraps new keys
     * @param previous         fingerprints of the previous keys still configured
     * @param keysByMasterKey  live data keys per wrapping master key ({@code unrecorded}: from before fingerprints)
     * @param notYetRewrapped  live data keys that another master key wraps (or not recorded)
     */
    public record Status(String current, java.util.List<String> previous, Map<String, Long> keysByMasterKey,
                         long notYetRewrapped) {
    }

    /** What one rewrap run did, and the state after it. */
    public record Outcome(int rewrapped, int unreadable, Status after) {
    }
}
