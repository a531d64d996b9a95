package io.crowdflow.privacy.application;

import io.crowdflow.privacy.domain.crypto.DataKey;
import io.crowdflow.privacy.domain.crypto.DataKeys;
import io.crowdflow.privacy.domain.crypto.Envelope;
import io.crowdflow.privacy.domain.crypto.OpenedTexts;
import io.crowdflow.privacy.domain.crypto.PersonalText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;

/**
 * Seals a person's text under their data key and opens it again; what the JPA converter calls. A text opened once
 * is kept by its stored form ({@link OpenedTexts}, at most {@value #OPENED_CAPACITY} of them, each for at most
 * {@code crowdflow.crypto.key-cache-ttl}) and reused only while its key is alive: every open asks for the key
 * first, exactly as without the cache, so an erased person's texts read as erased at the same moment either way.
 */
@ApplicationScoped
public class PersonalDataCrypto {

    static final int OPENED_CAPACITY = 20_000;
    private static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

    @Inject
    DataKeys keys;

    @Inject
    PrivacySettings settings;

    private volatile OpenedTexts opened;

    /** For CDI. */
    public PersonalDataCrypto() {
    }

    /** Outside the container (unit tests, tools): with these keys. */
    public PersonalDataCrypto(DataKeys keys) {
        this.keys = keys;
    }

    /** The stored form: an envelope, the empty string as is (nothing personal in it), or the erased marker. */
    public String seal(PersonalText value) {
        if (value.erased()) {
            return Envelope.ERASED;
        }
        if (value.text().isEmpty()) {
            return "";
        }
        return Envelope.seal(keys.keyOf(value.ownerId()), value.text());
    }

    /**
     * The text of a stored value. A value that is not an envelope (written before encryption existed) is
     * returned as it is, with an unknown owner; one whose key was destroyed is erased.
     */
    public PersonalText open(String stored, String fallbackOwner) {
        if (Envelope.ERASED.equals(stored)) {
            return PersonalText.erasedOf(fallbackOwner);
        }
        Optional<String> keyId = Envelope.keyIdOf(stored);
        if (keyId.isEmpty()) {
            return new PersonalText(fallbackOwner, stored, false);
        }
        Optional<DataKey> key = keys.find(keyId.get());
        if (key.isEmpty()) {
            throw new IllegalStateException("no data key " + keyId.get() + " for a stored value");
        }
        DataKey alive = key.get();
        if (alive.destroyed()) {
            return PersonalText.erasedOf(alive.personId());
        }
        String text = opened().get(stored);
        if (text == null) {
            // empty only for a destroyed key, which returned above: this cannot throw
            text = Envelope.open(alive, stored).orElseThrow();
            opened().put(stored, alive.personId(), text);
        }
        return new PersonalText(alive.personId(), text, false);
    }

    /** Drops the person's opened texts from this node's memory (erasure; the key is destroyed separately). */
    public void forget(String personId) {
        opened().forget(personId);
    }

    private OpenedTexts opened() {
        OpenedTexts texts = opened;
        if (texts == null) {
            synchronized (this) {
                if (opened == null) {
                    opened = new OpenedTexts(OPENED_CAPACITY,
                            settings == null ? DEFAULT_TTL : settings.dataKeyCacheTtl(), System::nanoTime);
                }
                texts = opened;
            }
        }
        return texts;
    }
}
