package io.crowdflow.task.domain;

import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeyTest {

    @Test
    void aUuidIsAGoodKey() {
        IdempotencyKey key = new IdempotencyKey("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "hash");

        assertThat(key.value()).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assertThat(key.requestHash()).isEqualTo("hash");
    }

    @Test
    void anyVisibleAsciiFromExclamationMarkToTildeIsAllowed() {
        assertThat(new IdempotencyKey("!", "h").value()).isEqualTo("!");
        assertThat(new IdempotencyKey("~", "h").value()).isEqualTo("~");
    }

    @Test
    void twoHundredFiftyFiveCharactersAreAllowedButNotTwoHundredFiftySix() {
        assertThat(new IdempotencyKey("k".repeat(255), "h").value()).hasSize(255);

        assertRefused("k".repeat(256));
    }

    @Test
    void anEmptyOrMissingKeyIsRefused() {
        assertRefused("");
        assertRefused(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "tab\there", "new\nline", "caf\u00e9", "\u007f", "emoji\uD83D\uDE00"})
    void aKeyWithCharactersOutsideVisibleAsciiIsRefused(String value) {
        assertRefused(value);
    }

    private static void assertRefused(String value) {
        assertThatThrownBy(() -> new IdempotencyKey(value, "h"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("Idempotency-Key"));
    }
}
