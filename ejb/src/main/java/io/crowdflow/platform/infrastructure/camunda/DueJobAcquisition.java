package io.crowdflow.platform.infrastructure.camunda;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Job acquisition that reads only the jobs that are due. Every task keeps a timer until its retention ends, so
 * {@code ACT_RU_JOB} holds a row for every task still kept. Camunda's acquisition query asks for jobs whose due
 * date is null or past, which no index answers: each acquisition (after every job it finds, and every 1 to 5
 * seconds when it finds none) read every pending timer (0.5 ms at 1,000, 35 ms at 100,000, 238 ms at 1,000,000
 * on PostgreSQL; see docs/benchmarks/job-acquisition-probe.sql). Here every job gets a due date (an asynchronous
 * continuation's is the moment it is made: Camunda's {@code ensureJobDueDateNotNull}), so the query asks for
 * {@code DUEDATE_ <= now}, and an index on the due date makes it read the due jobs only.
 */
public final class DueJobAcquisition {

    static final String INDEX = "CF_IDX_JOB_DUEDATE";

    private DueJobAcquisition() {
    }

    /** Before the engine is built: every job it makes has a due date. */
    public static void configure(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnsureJobDueDateNotNull(true);
    }

    /**
     * After the engine made or updated its schema: the due-date index, and a due date for the jobs made without one
     * before this setting (the acquisition query would never find them again). Safe to run at every start and from
     * two nodes at once.
     */
    public static void prepare(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!indexed(connection)) {
                createIndex(connection);
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, CURRENT_TIMESTAMP) "
                        + "where DUEDATE_ is null");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("CROWDFLOW-02004 cannot index the due dates of Camunda's jobs", e);
        }
    }

    private static void createIndex(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create index " + INDEX + " on ACT_RU_JOB (DUEDATE_)");
        } catch (SQLException alreadyThere) {
            // another node starting at the same moment made it first
            if (!indexed(connection)) {
                throw alreadyThere;
            }
        }
    }

    static boolean indexed(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        // the catalogue keeps unquoted names as the database folds them: upper case on H2, lower on PostgreSQL
        String table = metaData.storesLowerCaseIdentifiers() ? "act_ru_job" : "ACT_RU_JOB";
        try (ResultSet indexes = metaData.getIndexInfo(null, null, table, false, false)) {
            while (indexes.next()) {
                if (INDEX.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
