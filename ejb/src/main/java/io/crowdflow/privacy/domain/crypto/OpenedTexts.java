package io.crowdflow.privacy.domain.crypto;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Texts already decrypted, by their stored form, so that a row read again is not decrypted again (the review pool
 * reads the same 2,000 answers at every decision). Each stored form is unique (a random nonce per envelope) and
 * names its key; the caller uses an entry only after checking that this key is still alive, so a destroyed key
 * hides its texts whether or not they are here. An entry lives at most as long as an unwrapped key may
 * ({@code crowdflow.crypto.key-cache-ttl}), the table holds at most {@code capacity} entries, and
 * {@link #forget} drops a person's texts at once (erasure on this node).
 */
public final class OpenedTexts {

    private record Entry(String personId, String text, long expiresAtNanos) {
    }

    private final Map<String, Entry> byStored = new ConcurrentHashMap<>();
    private final int capacity;
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    public OpenedTexts(int capacity, Duration ttl, LongSupplier nanoTime) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The text opened from this stored form, or null when it is not here (any more). */
    public String get(String stored) {
        Entry entry = byStored.get(stored);
        if (entry == null) {
            return null;
        }
        if (entry.expiresAtNanos() - nanoTime.getAsLong() <= 0) {
            byStored.remove(stored, entry);
            return null;
        }
        return entry.text();
    }

    /** Keeps a text just opened from {@code stored} under {@code personId}'s key. */
    public void put(String stored, String personId, String text) {
        if (byStored.size() >= capacity) {
            long now = nanoTime.getAsLong();
            byStored.values().removeIf(entry -> entry.expiresAtNanos() - now <= 0);
            if (byStored.size() >= capacity) {
                byStored.clear();
            }
        }
        byStored.put(stored, new Entry(personId, text, nanoTime.getAsLong() + ttlNanos));
    }

    /** Drops every text of this person. */
    public void forget(String personId) {
        byStored.values().removeIf(entry -> entry.personId().equals(personId));
    }

    public int size() {
        return byStored.size();
    }
}
