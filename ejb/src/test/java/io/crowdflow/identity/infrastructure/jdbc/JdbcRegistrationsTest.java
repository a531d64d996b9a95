package io.crowdflow.identity.infrastructure.jdbc;

import io.crowdflow.identity.domain.Registration;
import io.crowdflow.platform.infrastructure.persistence.DatabaseMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The registration read at every call, on the platform's real schema (its migrations on an in-memory H2). */
class JdbcRegistrationsTest {

    private JdbcDataSource database;
    private JdbcRegistrations registrations;

    @BeforeEach
    void thePlatformsSchema() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:registrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseMigrations.flyway(database).migrate();
        registrations = new JdbcRegistrations();
        registrations.dataSource = database;
    }

    @Test
    void aRegisteredWorkerIsReadWithTheirNameAndWorkerFlag() throws SQLException {
        person("sub-ada", "ada", true, null);
        person("sub-bob", "bob", false, null);

        assertThat(registrations.of("sub-ada")).contains(new Registration("ada", true, null));
        assertThat(registrations.of("sub-bob")).contains(new Registration("bob", false, null));
    }

    @Test
    void anErasedPersonIsReadWithTheMomentOfTheirErasure() throws SQLException {
        Instant erased = Instant.parse("2026-11-20T10:15:30Z");
        person("sub-eve", "erased-sub-eve", true, erased);

        assertThat(registrations.of("sub-eve")).contains(new Registration("erased-sub-eve", true, erased));
    }

    @Test
    void someoneWhoNeverCalledIsNotRegistered() throws SQLException {
        person("sub-ada", "ada", true, null);

        assertThat(registrations.of("sub-nobody")).isEmpty();
    }

    private void person(String id, String username, boolean worker, Instant erasedAt) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into cf_person (id, username, is_worker, skills, registered_at, erased_at, version) "
                        + "values (?, ?, ?, '', current_timestamp, ?, 0)")) {
            insert.setString(1, id);
            insert.setString(2, username);
            insert.setBoolean(3, worker);
            insert.setTimestamp(4, erasedAt == null ? null : Timestamp.from(erasedAt));
            insert.execute();
        }
    }
}
