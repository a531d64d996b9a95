package io.crowdflow.privacy.infrastructure.jdbc;

import io.crowdflow.platform.infrastructure.persistence.DatabaseMigrations;
import io.crowdflow.privacy.application.PrivacySettings;
import io.crowdflow.privacy.domain.crypto.DataKey;
import io.crowdflow.privacy.domain.crypto.DataKeyRewrapping.RewrapPage;
import io.crowdflow.privacy.domain.crypto.MasterKey;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Master-key rotation on a real schema (the platform's Flyway migrations on an in-memory H2): keys made under
 * an old master key are re-wrapped under the new one, stay the same keys, and an erased key stays destroyed.
 */
class JdbcDataKeysRotationTest {

    private static final String OLD = key(1);
    private static final String NEW = key(2);
    private JdbcDataSource database;

    @BeforeEach
    void schema() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseMigrations.flyway(database).migrate();
    }

    @Test
    void afterARotationEveryKeyIsWrappedByTheNewMasterKeyAndOpensToTheSameSecret() {
        JdbcDataKeys before = keys(OLD);
        List<DataKey> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add(before.keyOf("person-" + i));
        }
        before.destroy("person-3");
        JdbcDataKeys after = keys(NEW, OLD);
        assertThat(after.countByMasterKey()).containsOnlyKeys(MasterKey.fromBase64(OLD).fingerprint());

        int rewrapped = 0;
        String cursor = null;
        do {
            RewrapPage page = after.rewrap(cursor, 3);
            rewrapped += page.rewrapped();
            assertThat(page.unreadable()).isZero();
            cursor = page.lastKeyId();
        } while (cursor != null);

        assertThat(rewrapped).isEqualTo(6);
        assertThat(after.countByMasterKey()).containsExactly(java.util.Map.entry(MasterKey.fromBase64(NEW).fingerprint(), 6L));
        JdbcDataKeys newOnly = keys(NEW);
        for (DataKey original : made) {
            DataKey reopened = newOnly.find(original.id()).orElseThrow();
            if (original.personId().equals("person-3")) {
                assertThat(reopened.destroyed()).isTrue();
            } else {
                assertThat(reopened.secret()).isEqualTo(original.secret());
            }
        }
        assertThat(newOnly.keyOf("person-3").destroyed()).as("an erased person gets no new key").isTrue();
    }

    @Test
    void keysFromBeforeFingerprintsWereStoredAreOpenedByTryingEachConfiguredKeyThenRecorded() throws SQLException {
        JdbcDataKeys before = keys(OLD);
        DataKey original = before.keyOf("alice");
        try (Connection c = database.getConnection()) {
            c.createStatement().executeUpdate("update cf_data_key set master_key = null");
        }
        JdbcDataKeys after = keys(NEW, OLD);
        assertThat(after.find(original.id()).orElseThrow().secret()).isEqualTo(original.secret());

        RewrapPage page = after.rewrap(null, 100);

        assertThat(page).isEqualTo(new RewrapPage(1, 0, null));
        assertThat(keys(NEW).find(original.id()).orElseThrow().secret()).isEqualTo(original.secret());
    }

    @Test
    void aKeyWhoseMasterKeyWasDroppedTooEarlyIsCountedAsUnreadableAndLeftAlone() {
        DataKey original = keys(OLD).keyOf("bob");
        JdbcDataKeys withoutOld = keys(NEW);

        assertThat(withoutOld.rewrap(null, 100)).isEqualTo(new RewrapPage(0, 1, null));
        assertThatThrownBy(() -> withoutOld.find(original.id())).hasMessageContaining("previous-master-keys");
        assertThat(keys(NEW, OLD).find(original.id()).orElseThrow().secret()).isEqualTo(original.secret());
    }

    private JdbcDataKeys keys(String current, String... previous) {
        JdbcDataKeys keys = new JdbcDataKeys();
        keys.dataSource = database;
        keys.settings = new PrivacySettings() {
            @Override
            public String masterKey() {
                return current;
            }

            @Override
            public List<String> previousMasterKeys() {
                return List.of(previous);
            }

            @Override
            public Duration dataKeyCacheTtl() {
                return Duration.ZERO;
            }
        };
        keys.loadMasterKey();
        return keys;
    }

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
