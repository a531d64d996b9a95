package io.crowdflow.privacy.application;

import io.crowdflow.privacy.domain.ConsentRecords;
import io.crowdflow.privacy.domain.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who has granted a purpose, read from Keycloak in one query and reused for at most
 * {@code crowdflow.consent.cache-ttl} (2 s by default). A change made through this node clears it, so a
 * withdrawal counts from the very next decision here, and within the TTL on other nodes. Only "has
 * consented" is ever answered from the cache: someone missing from it is looked up afresh
 * ({@link #withoutConsent}), so a new grant is never missed. A read that was under way when a change cleared the
 * cache is not kept (the cache has a generation that every change moves on), so a withdrawal is never hidden by a
 * set of holders read just before it.
 */
@ApplicationScoped
public class ConsentHolders {

    @Inject
    ConsentRecords records;

    @Inject
    PrivacySettings settings;

    private record Snapshot(Set<String> ids, long generation, long expiresAtNanos) {
    }

    private final Map<Purpose, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public Set<String> of(Purpose purpose) {
        long current = generation.get();
        Snapshot snapshot = snapshots.get(purpose);
        if (snapshot != null && snapshot.generation() == current && snapshot.expiresAtNanos() > System.nanoTime()) {
            return snapshot.ids();
        }
        Set<String> ids = Set.copyOf(records.holdersOf(purpose));
        Snapshot fresh = new Snapshot(ids, current, System.nanoTime() + settings.consentCacheTtl().toNanos());
        // kept only if no change cleared the cache while Keycloak was being read
        snapshots.compute(purpose, (p, old) -> generation.get() == current ? fresh : null);
        return ids;
    }

    /** The ids among {@code personIds} that have not granted the purpose. */
    public Set<String> withoutConsent(Purpose purpose, Collection<String> personIds) {
        Set<String> without = new HashSet<>(personIds);
        without.removeAll(of(purpose));
        if (!without.isEmpty()) {
            snapshots.remove(purpose);
            without.removeAll(of(purpose));
        }
        return without;
    }

    /** A consent changed through this node: from now on, holders are read afresh. */
    public void forget() {
        generation.incrementAndGet();
        snapshots.clear();
    }
}
