package io.crowdflow.privacy.domain.crypto;

import java.util.Map;

/** The stored data keys as a master-key rotation sees them: which master key wraps each, and re-wrapping. */
public interface DataKeyRewrapping {

    /** Live (not destroyed) data keys per fingerprint of the master key that wraps them; null key: not recorded. */
    Map<String, Long> countByMasterKey();

    /**
     * Re-wraps under the current master key up to {@code max} live keys, in key-id order after
     * {@code afterKeyId} (null: from the start), that another master key wraps or whose master key is not
     * recorded. A key erased meanwhile stays destroyed.
     */
    RewrapPage rewrap(String afterKeyId, int max);

    /**
     * @param rewrapped  keys now wrapped by the current master key
     * @param unreadable keys no configured master key opens (left as they are)
     * @param lastKeyId  where the next page starts; null when this page was the last
     */
    record RewrapPage(int rewrapped, int unreadable, String lastKeyId) {
    }
}
