package io.crowdflow.privacy.domain.crypto;

import java.util.Optional;

/** Each person's data key, wrapped at rest by the master key. */
public interface DataKeys {

    /** The person's key, created on first use. An erased person's key stays destroyed: they get no new one. */
    DataKey keyOf(String personId);

    /** The key with this id, destroyed or not; empty when no such key was ever made. */
    Optional<DataKey> find(String keyId);

    /** Destroys the person's key: what was encrypted under it can no longer be read. True if there was one. */
    boolean destroy(String personId);
}
