package io.crowdflow.privacy.infrastructure.jpa;

import io.crowdflow.privacy.application.PersonalDataCrypto;
import io.crowdflow.privacy.domain.crypto.PersonalText;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PersonalText} encrypted with its owner's data key (AES-256-GCM, header
 * {@code cf1:<key id>}), and reads it back; a value whose key was destroyed reads as erased.
 */
@Converter
public class PersonalTextConverter implements AttributeConverter<PersonalText, String> {

    private static final String UNKNOWN_OWNER = "unknown";

    /** Injected where the persistence provider creates converters through CDI; else looked up on first use. */
    @Inject
    PersonalDataCrypto crypto;

    @Override
    public String convertToDatabaseColumn(PersonalText value) {
        return value == null ? null : crypto().seal(value);
    }

    @Override
    public PersonalText convertToEntityAttribute(String stored) {
        return stored == null ? null : crypto().open(stored, UNKNOWN_OWNER);
    }

    private PersonalDataCrypto crypto() {
        if (crypto == null) {
            crypto = CDI.current().select(PersonalDataCrypto.class).get();
        }
        return crypto;
    }
}
