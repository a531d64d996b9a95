package io.crowdflow.privacy.application;

import io.crowdflow.privacy.domain.crypto.DataKey;
import io.crowdflow.privacy.domain.crypto.DataKeys;
import io.crowdflow.privacy.domain.crypto.Envelope;
import io.crowdflow.privacy.domain.crypto.PersonalText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Seals a person's text under their data key and opens it again; what the JPA converter calls. */
@ApplicationScoped
public class PersonalDataCrypto {

    @Inject
    DataKeys keys;

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
        return Envelope.open(key.get(), stored).map(text -> new PersonalText(key.get().personId(), text, false))
                .orElseGet(() -> PersonalText.erasedOf(key.get().personId()));
    }
}
