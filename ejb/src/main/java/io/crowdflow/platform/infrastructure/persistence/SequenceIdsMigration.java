package io.crowdflow.platform.infrastructure.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * V24: task events and postings take their ids from sequences, not identity columns. Hibernate inserts a row with
 * an identity id at once, alone, to learn the id; with a sequence it takes ids 50 at a time ({@link #BLOCK}) and
 * sends a transaction's rows as one batch at its flush (10 task events and 3 postings per lifecycle, the postings
 * under the ledger head's lock). Each sequence starts above every id already given, and the identity goes: an
 * insert without an id would otherwise take one a sequence already handed out. In Java because the start depends
 * on the rows there; the SQL is the same on H2 and PostgreSQL.
 */
public final class SequenceIdsMigration implements JavaMigration {

    /** The entities' {@code allocationSize}; the sequences' increment must match it. */
    public static final int BLOCK = 50;

    static final Map<String, String> SEQUENCES = Map.of("cf_task_event", "cf_task_event_seq",
            "cf_posting", "cf_posting_seq");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("24");
    }

    @Override
    public String getDescription() {
        return "task event and posting ids from sequences";
    }

    @Override
    public Integer getChecksum() {
        return 24;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            for (Map.Entry<String, String> table : SEQUENCES.entrySet()) {
                long max;
                try (ResultSet row = statement.executeQuery("select coalesce(max(id), 0) from " + table.getKey())) {
                    row.next();
                    max = row.getLong(1);
                }
                // Hibernate's pooled optimiser reads a value as the top of its block of BLOCK ids
                statement.execute("create sequence " + table.getValue() + " start with " + (max + BLOCK + 1)
                        + " increment by " + BLOCK);
                statement.execute("alter table " + table.getKey() + " alter column id drop identity");
            }
        }
    }
}
