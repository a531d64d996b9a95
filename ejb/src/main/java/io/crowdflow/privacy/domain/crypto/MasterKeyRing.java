package io.crowdflow.privacy.domain.crypto;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current master key, which wraps every new or re-wrapped data key, and the previous ones, which are
 * kept only to unwrap what they wrapped until a rotation has re-wrapped it. Keys are told apart by their
 * {@linkplain MasterKey#fingerprint() fingerprint}.
 */
public final class MasterKeyRing {

    private final MasterKey current;
    private final Map<String, MasterKey> byFingerprint;

    private MasterKeyRing(MasterKey current, List<MasterKey> previous) {
        this.current = current;
        Map<String, MasterKey> keys = new LinkedHashMap<>();
        keys.put(current.fingerprint(), current);
        previous.forEach(key -> keys.putIfAbsent(key.fingerprint(), key));
        this.byFingerprint = Collections.unmodifiableMap(keys);
    }

    /** From the settings' base64 texts; the previous keys may be empty. */
    public static MasterKeyRing of(String currentBase64, List<String> previousBase64) {
        List<MasterKey> previous = new ArrayList<>();
        for (String text : previousBase64) {
            previous.add(MasterKey.fromBase64(text));
        }
        return new MasterKeyRing(MasterKey.fromBase64(currentBase64), previous);
    }

    public MasterKey current() {
        return current;
    }

    /** Fingerprints of the previous keys, oldest configuration order kept. */
    public List<String> previousFingerprints() {
        return byFingerprint.keySet().stream().skip(1).toList();
    }

    /**
     * Unwraps with the key that wrapped it: the one named by {@code fingerprint} when it is known, else (rows
     * written before fingerprints were stored) each key in turn, current first.
     *
     * @return the data key and the fingerprint of the master key that opened it; empty when no key on the ring
     *         opens it (a master key was dropped from the settings too early)
     */
    public Optional<Unwrapped> unwrap(String keyId, String personId, String wrapped, String fingerprint) {
        if (wrapped == null) {
            return Optional.of(new Unwrapped(new DataKey(keyId, personId, null), current.fingerprint()));
        }
        MasterKey named = fingerprint == null ? null : byFingerprint.get(fingerprint);
        List<MasterKey> candidates = named != null ? List.of(named) : List.copyOf(byFingerprint.values());
        for (MasterKey key : candidates) {
            try {
                return Optional.of(new Unwrapped(key.unwrap(keyId, personId, wrapped), key.fingerprint()));
            } catch (AesGcm.TamperedException notThisKey) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    /** A data key and the fingerprint of the master key that wrapped it. */
    public record Unwrapped(DataKey key, String wrappedBy) {
    }
}
