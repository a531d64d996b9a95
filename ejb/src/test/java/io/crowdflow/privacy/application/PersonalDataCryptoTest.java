package io.crowdflow.privacy.application;

import io.crowdflow.privacy.domain.crypto.DataKey;
import io.crowdflow.privacy.domain.crypto.PersonalText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataCryptoTest {

    private final ErasureServiceTest.MapKeys keys = new ErasureServiceTest.MapKeys();
    private final PersonalDataCrypto crypto = new PersonalDataCrypto(keys);

    @Test
    void aTextReadAgainIsTakenFromMemoryNotDecryptedAgain() {
        String stored = crypto.seal(PersonalText.of("w1", "\"cat\""));
        assertThat(crypto.open(stored, "unknown")).isEqualTo(new PersonalText("w1", "\"cat\"", false));

        // the same key id with other key bytes: a second decryption would fail its authentication tag
        DataKey key = keys.byPerson.get("w1");
        keys.byPerson.put("w1", new DataKey(key.id(), "w1", new byte[32]));

        assertThat(crypto.open(stored, "unknown")).isEqualTo(new PersonalText("w1", "\"cat\"", false));
    }

    @Test
    void aTextKeptInMemoryReadsAsErasedOnceItsKeyIsDestroyedEvenWhereNoOneForgotIt() {
        String stored = crypto.seal(PersonalText.of("w1", "\"cat\""));
        crypto.open(stored, "unknown");

        keys.destroy("w1");   // as erasure on another node: this node's memory was not told

        assertThat(crypto.open(stored, "unknown")).isEqualTo(PersonalText.erasedOf("w1"));
    }
}
