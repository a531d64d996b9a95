package io.crowdflow.privacy.infrastructure.jdbc;

import io.crowdflow.privacy.application.PrivacySettings;
import io.crowdflow.privacy.domain.crypto.DataKey;
import io.crowdflow.privacy.domain.crypto.DataKeys;
import io.crowdflow.privacy.domain.crypto.MasterKey;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Data keys in {@code cf_data_key}, wrapped by the master key. Plain JDBC on the platform's datasource
 * (joined to the caller's JTA transaction), because the JPA converter asks for keys while Hibernate is
 * reading or writing rows, when the persistence context must not be queried. Unwrapped keys are kept in
 * memory for {@code crowdflow.crypto.key-cache-ttl}; destroying a key evicts it on this node at once.
 */
@ApplicationScoped
public class JdbcDataKeys implements DataKeys {

    private static final Logger LOG = Logger.getLogger(JdbcDataKeys.class.getName());

    @Resource(lookup = "java:jboss/datasources/CrowdflowDS")
    DataSource dataSource;

    @Inject
    PrivacySettings settings;

    private MasterKey master;
    private final Map<String, Cached> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByPerson = new ConcurrentHashMap<>();

    private record Cached(DataKey key, long expiresAtNanos) {
    }

    @PostConstruct
    void loadMasterKey() {
        String configured = settings.masterKey();
        master = MasterKey.fromBase64(configured);
        if (PrivacySettings.DEMO_MASTER_KEY.equals(configured)) {
            LOG.warning("CROWDFLOW-08001 the demo master key encrypts personal data: set crowdflow.crypto.master-key "
                    + "(docs/governance.md) before real people use this platform");
        }
    }

    @Override
    public DataKey keyOf(String personId) {
        String knownId = idByPerson.get(personId);
        if (knownId != null) {
            Optional<DataKey> cached = cached(knownId);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        return select("select key_id, person_id, wrapped_key from cf_data_key where person_id = ?", personId)
                .orElseGet(() -> create(personId));
    }

    @Override
    public Optional<DataKey> find(String keyId) {
        Optional<DataKey> cached = cached(keyId);
        if (cached.isPresent()) {
            return cached;
        }
        return select("select key_id, person_id, wrapped_key from cf_data_key where key_id = ?", keyId);
    }

    @Override
    public boolean destroy(String personId) {
        String knownId = idByPerson.remove(personId);
        if (knownId != null) {
            byId.remove(knownId);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update cf_data_key set wrapped_key = null, destroyed_at = ? "
                     + "where person_id = ? and destroyed_at is null")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, personId);
            boolean destroyed = s.executeUpdate() == 1;
            byId.values().removeIf(cached -> cached.key().personId().equals(personId));
            return destroyed;
        } catch (SQLException e) {
            throw new IllegalStateException("could not destroy the data key of " + personId, e);
        }
    }

    private Optional<DataKey> cached(String keyId) {
        Cached cached = byId.get(keyId);
        if (cached == null || cached.expiresAtNanos() < System.nanoTime()) {
            return Optional.empty();
        }
        return Optional.of(cached.key());
    }

    private Optional<DataKey> select(String sql, String value) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                DataKey key = master.unwrap(rs.getString(1), rs.getString(2), rs.getString(3));
                remember(key);
                return Optional.of(key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a data key", e);
        }
    }

    private DataKey create(String personId) {
        DataKey key = master.newDataKey(UUID.randomUUID().toString(), personId);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into cf_data_key (key_id, person_id, wrapped_key, "
                     + "created_at) values (?, ?, ?, ?)")) {
            s.setString(1, key.id());
            s.setString(2, personId);
            s.setString(3, master.wrap(key));
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a data key for " + personId, e);
        }
        remember(key);
        return key;
    }

    private void remember(DataKey key) {
        if (key.destroyed()) {
            return;
        }
        byId.put(key.id(), new Cached(key, System.nanoTime() + settings.dataKeyCacheTtl().toNanos()));
        idByPerson.put(key.personId(), key.id());
    }
}
