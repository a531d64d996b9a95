package io.crowdflow.privacy.infrastructure.jdbc;

import io.crowdflow.privacy.application.PrivacySettings;
import io.crowdflow.privacy.domain.crypto.DataKey;
import io.crowdflow.privacy.domain.crypto.DataKeyRewrapping;
import io.crowdflow.privacy.domain.crypto.DataKeys;
import io.crowdflow.privacy.domain.crypto.MasterKeyRing;
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
import java.util.HashMap;
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
 * Each row records the fingerprint of the master key that wrapped it, so that a rotation re-wraps exactly
 * the rows an older key wraps.
 */
@ApplicationScoped
public class JdbcDataKeys implements DataKeys, DataKeyRewrapping {

    private static final Logger LOG = Logger.getLogger(JdbcDataKeys.class.getName());

    @Resource(lookup = "java:jboss/datasources/CrowdflowDS")
    DataSource dataSource;

    @Inject
    PrivacySettings settings;

    private MasterKeyRing ring;
    private final Map<String, Cached> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByPerson = new ConcurrentHashMap<>();

    private record Cached(DataKey key, long expiresAtNanos) {
    }

    @PostConstruct
    void loadMasterKey() {
        String configured = settings.masterKey();
        ring = settings.masterKeyRing();
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
        return select("select key_id, person_id, wrapped_key, master_key from cf_data_key where person_id = ?", personId)
                .orElseGet(() -> create(personId));
    }

    @Override
    public Optional<DataKey> find(String keyId) {
        Optional<DataKey> cached = cached(keyId);
        if (cached.isPresent()) {
            return cached;
        }
        return select("select key_id, person_id, wrapped_key, master_key from cf_data_key where key_id = ?", keyId);
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

    @Override
    public Map<String, Long> countByMasterKey() {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select master_key, count(*) from cf_data_key "
                     + "where wrapped_key is not null group by master_key");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the data keys", e);
        }
    }

    @Override
    public RewrapPage rewrap(String afterKeyId, int max) {
        String current = ring.current().fingerprint();
        int rewrapped = 0;
        int unreadable = 0;
        int seen = 0;
        String last = null;
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select key_id, person_id, wrapped_key, master_key "
                     + "from cf_data_key where wrapped_key is not null and (master_key is null or master_key <> ?) "
                     + "and key_id > ? order by key_id");
             PreparedStatement update = c.prepareStatement("update cf_data_key set wrapped_key = ?, master_key = ? "
                     + "where key_id = ? and wrapped_key = ?")) {
            select.setString(1, current);
            select.setString(2, afterKeyId == null ? "" : afterKeyId);
            select.setMaxRows(max);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    seen++;
                    last = rs.getString(1);
                    String wrapped = rs.getString(3);
                    var opened = ring.unwrap(last, rs.getString(2), wrapped, rs.getString(4));
                    if (opened.isEmpty()) {
                        unreadable++;
                        continue;
                    }
                    update.setString(1, ring.current().wrap(opened.get().key()));
                    update.setString(2, current);
                    update.setString(3, last);
                    update.setString(4, wrapped);
                    rewrapped += update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not re-wrap data keys", e);
        }
        return new RewrapPage(rewrapped, unreadable, seen < max ? null : last);
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
                String keyId = rs.getString(1);
                String wrappedBy = rs.getString(4);
                DataKey key = ring.unwrap(keyId, rs.getString(2), rs.getString(3), wrappedBy)
                        .orElseThrow(() -> new IllegalStateException("data key " + keyId + " is wrapped by a master"
                                + " key that is not configured (" + wrappedBy + "): set it in"
                                + " crowdflow.crypto.previous-master-keys until the rotation has re-wrapped it"))
                        .key();
                remember(key);
                return Optional.of(key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a data key", e);
        }
    }

    private DataKey create(String personId) {
        DataKey key = ring.current().newDataKey(UUID.randomUUID().toString(), personId);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into cf_data_key (key_id, person_id, wrapped_key, "
                     + "created_at, master_key) values (?, ?, ?, ?, ?)")) {
            s.setString(1, key.id());
            s.setString(2, personId);
            s.setString(3, ring.current().wrap(key));
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.setString(5, ring.current().fingerprint());
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
