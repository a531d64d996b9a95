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
 * withdrawal or a grant counts from the very next decision here, and within the TTL on other nodes (or when made
 * in Keycloak itself). Someone missing from the cached answer is looked up afresh ({@link #withoutConsent}) unless
 * this node had already asked about them before that answer was read: then the answer saw them, and they count as
 * not having consented until it expires. So a new account's consents are never missed, and a person without
 * consent costs one Keycloak query per TTL, not one per decision. A read that was under way when a change cleared
 * the cache is not kept (the cache has a generation that every change moves on), so a withdrawal is never hidden
 * by a set of holders read just before it.
 */
@ApplicationScoped
public class ConsentHolders {

    @Inject
    ConsentRecords records;

    @Inject
    PrivacySettings settings;

    /** The holders as read by a query that started at {@code readStartedNanos}. */
    private record Snapshot(Set<String> ids, long generation, long readStartedNanos, long expiresAtNanos) {
    }

    private final Map<Purpose, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** When this node first asked about each person ({@link #withoutConsent}). */
    private final Map<String, Long> firstAskedNanos = new ConcurrentHashMap<>();

    public Set<String> of(Purpose purpose) {
        return snapshot(purpose).ids();
    }

    private Snapshot snapshot(Purpose purpose) {
        long current = generation.get();
        Snapshot snapshot = snapshots.get(purpose);
        if (snapshot != null && snapshot.generation() == current && snapshot.expiresAtNanos() - System.nanoTime() > 0) {
            return snapshot;
        }
        return read(purpose, current);
    }

    private Snapshot read(Purpose purpose, long current) {
        long started = System.nanoTime();
        Set<String> ids = Set.copyOf(records.holdersOf(purpose));
        Snapshot fresh = new Snapshot(ids, current, started, System.nanoTime() + settings.consentCacheTtl().toNanos());
        // kept only if no change cleared the cache while Keycloak was being read
        snapshots.compute(purpose, (p, old) -> generation.get() == current ? fresh : null);
        return fresh;
    }

    /**
     * The ids among {@code personIds} that have not granted the purpose. Keycloak is asked again when someone is
     * missing from the cached answer whom this node first asked about after that answer's query began.
     */
    public Set<String> withoutConsent(Purpose purpose, Collection<String> personIds) {
        long asked = System.nanoTime();
        personIds.forEach(id -> firstAskedNanos.putIfAbsent(id, asked));
        Snapshot snapshot = snapshot(purpose);
        Set<String> without = new HashSet<>(personIds);
        without.removeAll(snapshot.ids());
        boolean unseen = without.stream()
                .anyMatch(id -> firstAskedNanos.getOrDefault(id, asked) - snapshot.readStartedNanos() >= 0);
        if (unseen) {
            without.removeAll(read(purpose, generation.get()).ids());
        }
        return without;
    }

    /** A consent changed through this node: from now on, holders are read afresh. */
    public void forget() {
        generation.incrementAndGet();
        snapshots.clear();
    }
}
