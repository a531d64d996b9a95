package io.crowdflow.platform.infrastructure.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V24 on the platform's real schema (every migration before it, on an in-memory H2), with rows made before it. */
class SequenceIdsMigrationTest {

    private JdbcDataSource database;

    @BeforeEach
    void schemaBeforeV24() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:sequence-ids-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        // the platform's own configuration, stopped before V24
        Flyway.configure().configuration(DatabaseMigrations.flyway(database).getConfiguration())
                .target(MigrationVersion.fromVersion("23")).load().migrate();
    }

    @Test
    void idsHandedOutAfterTheMigrationAreAboveEveryIdGivenBefore() throws SQLException {
        for (int i = 0; i < 7; i++) {
            insertEventWithoutId("POSTED");
        }
        DatabaseMigrations.flyway(database).migrate();
        // Hibernate's pooled optimiser takes the value read as the top of a block of 50: 9..58 here
        long top = next("cf_task_event_seq");
        assertThat(top - SequenceIdsMigration.BLOCK + 1).isGreaterThan(7);
        assertThat(next("cf_task_event_seq")).isEqualTo(top + SequenceIdsMigration.BLOCK);
    }

    @Test
    void onEmptyTablesTheFirstBlockStartsAboveZero() throws SQLException {
        DatabaseMigrations.flyway(database).migrate();
        assertThat(next("cf_posting_seq") - SequenceIdsMigration.BLOCK + 1).isPositive();
        assertThat(next("cf_task_event_seq") - SequenceIdsMigration.BLOCK + 1).isPositive();
    }

    @Test
    void anInsertWithoutAnIdIsRefusedInsteadOfTakingAnIdASequenceHandsOut() throws SQLException {
        insertEventWithoutId("POSTED");
        DatabaseMigrations.flyway(database).migrate();
        assertThatThrownBy(() -> insertEventWithoutId("ASSIGNED")).isInstanceOf(SQLException.class)
                .hasMessageContaining("ID");
    }

    private void insertEventWithoutId(String type) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set referential_integrity false"); // the event's task is not the point here
            statement.execute("insert into cf_task_event (task_id, occurred_at, event_type, reason) values "
                    + "('t1', current_timestamp, '" + type + "', 'made before V24')");
        }
    }

    private long next(String sequence) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select next value for " + sequence)) {
            row.next();
            return row.getLong(1);
        }
    }
}
