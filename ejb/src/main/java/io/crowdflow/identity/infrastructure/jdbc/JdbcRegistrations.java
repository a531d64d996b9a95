package io.crowdflow.identity.infrastructure.jdbc;

import io.crowdflow.identity.domain.Registration;
import io.crowdflow.identity.domain.Registrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Registrations from {@code cf_person} in plain JDBC on the platform's datasource. It is read at the start of every
 * request, outside any transaction, where JPA would open a persistence context, translate a query and close the
 * context again for one row of three columns (about 1.5 % of WildFly's CPU per lifecycle, docs/benchmarks.md, "Late
 * evening of 2026-11-26"). Inside a transaction the connection is the transaction's.
 */
@ApplicationScoped
public class JdbcRegistrations implements Registrations {

    static final String SQL = "select username, is_worker, erased_at from cf_person where id = ?";

    @Resource(lookup = "java:jboss/datasources/CrowdflowDS")
    DataSource dataSource;

    @Override
    public Optional<Registration> of(String personId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, personId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime erasedAt = row.getObject(3, OffsetDateTime.class);
                return Optional.of(new Registration(row.getString(1), row.getBoolean(2),
                        erasedAt == null ? null : erasedAt.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the registration of " + personId, e);
        }
    }
}
