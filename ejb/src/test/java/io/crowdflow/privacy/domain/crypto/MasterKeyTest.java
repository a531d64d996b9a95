package io.crowdflow.privacy.domain.crypto;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeyTest {

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aWrappedDataKeyUnwrapsToTheSameKeyForTheSamePersonAndId() {
        MasterKey master = MasterKey.fromBase64(key(7));
        DataKey dataKey = master.newDataKey("k1", "alice");
        String wrapped = master.wrap(dataKey);
        assertThat(wrapped).doesNotContain(Base64.getEncoder().encodeToString(dataKey.secret()));
        assertThat(master.unwrap("k1", "alice", wrapped).secret()).isEqualTo(dataKey.secret());
    }

    @Test
    void aWrappedKeyCopiedToAnotherPersonOrUnwrappedWithAnotherMasterKeyFails() {
        MasterKey master = MasterKey.fromBase64(key(7));
        String wrapped = master.wrap(master.newDataKey("k1", "alice"));
        assertThatThrownBy(() -> master.unwrap("k1", "bob", wrapped)).isInstanceOf(AesGcm.TamperedException.class);
        assertThatThrownBy(() -> MasterKey.fromBase64(key(8)).unwrap("k1", "alice", wrapped))
                .isInstanceOf(AesGcm.TamperedException.class);
    }

    @Test
    void aDestroyedKeyUnwrapsToNoSecret() {
        assertThat(MasterKey.fromBase64(key(7)).unwrap("k1", "alice", null).destroyed()).isTrue();
    }

    @Test
    void aMasterKeyMustBe256BitsOfBase64() {
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("256 bits");
    }

    @Test
    void aFingerprintNamesAKeyStablyWithoutRevealingIt() {
        String fingerprint = MasterKey.fromBase64(key(7)).fingerprint();
        assertThat(fingerprint).matches("[0-9a-f]{16}").isEqualTo(MasterKey.fromBase64(key(7)).fingerprint())
                .isNotEqualTo(MasterKey.fromBase64(key(8)).fingerprint());
        assertThat(fingerprint).doesNotContain("0707");
    }
}
