package io.crowdflow.privacy.domain.crypto;

import java.io.Serializable;
import java.util.Objects;

/**
 * A text that is personal data of one person: stored encrypted under that person's data key
 * ({@code PersonalTextConverter}). {@code text} is null when the key was destroyed (the person was erased).
 */
public record PersonalText(String ownerId, String text, boolean erased) implements Serializable {

    public PersonalText {
        Objects.requireNonNull(ownerId, "ownerId");
    }

    /** The text (may be null for "no value") of that person. */
    public static PersonalText of(String ownerId, String text) {
        return text == null ? null : new PersonalText(ownerId, text, false);
    }

    public static PersonalText erasedOf(String ownerId) {
        return new PersonalText(ownerId, null, true);
    }

    /** The plain text, or null for content whose owner was erased. */
    public static String textOf(PersonalText value) {
        return value == null ? null : value.text();
    }
}
