package io.crowdflow.platform.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings Crowdflow's own schema up to date with Flyway (db/migration, and the one migration that needs Java,
 * {@link SequenceIdsMigration}) before anything else starts.
 * Two nodes starting together are safe: Flyway takes a database lock for the migration.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/CrowdflowDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway(dataSource).migrate();
        LOG.info(() -> "CROWDFLOW-01001 schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied)");
    }

    /** Crowdflow's migrations on this database, as the platform runs them (tests use the same). */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new SequenceIdsMigration())
                .table("cf_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
