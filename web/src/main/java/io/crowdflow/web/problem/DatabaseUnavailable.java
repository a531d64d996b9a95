package io.crowdflow.web.problem;

import jakarta.ws.rs.core.Response;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * A request that failed because the database could not be reached (connection refused or cut, no pooled
 * connection could be made): not the platform's bug and not the client's mistake, so it is answered
 * 503 {@code database-unavailable} with {@code Retry-After}. The transaction was rolled back, so nothing of
 * the request was kept and the client may send it again (with its {@code Idempotency-Key} where it has one).
 * Recognised anywhere in the cause chain, by JDBC's connection-failure classes, SQLState class 08
 * (connection exception), and by name for the pool's and Hibernate's wrappers (the web layer needs neither).
 */
final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException",
            "org.hibernate.exception.JDBCConnectionException");

    private DatabaseUnavailable() {
    }

    static boolean causedIt(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 64; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (CONNECTION_FAILURES.contains(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    static Problem problem() {
        return new Problem("database-unavailable", "Service unavailable", 503,
                "the platform's database cannot be reached at the moment; nothing of this request was kept. "
                        + "Retry after " + RETRY_AFTER_SECONDS + " seconds");
    }

    static Response response() {
        return Response.fromResponse(problem().toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
