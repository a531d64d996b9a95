package io.crowdflow.web.problem;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.ws.rs.core.Response;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A request that failed because the database could not be reached (connection refused or cut, no pooled
 * connection could be made): not the platform's bug and not the client's mistake, so it is answered
 * 503 {@code database-unavailable} with {@code Retry-After}. Recognised anywhere in the cause chain and among
 * suppressed exceptions, by JDBC's connection-failure classes, SQLState class 08 (connection exception), and by
 * name for the pool's and Hibernate's wrappers and their subclasses (the web layer needs neither).
 * <p>
 * Two cases with different words. Before the commit the transaction was rolled back, so nothing of the request
 * was kept. When the connection breaks <em>during</em> the commit, the transaction manager can only report a
 * heuristic outcome ({@code HeuristicMixedException}, with no cause attached): the database is the platform's
 * only transactional resource, so the commit may or may not have reached it. That answer says so and asks for
 * the request again with the same {@code Idempotency-Key}, which makes the repeat safe either way.
 */
final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** How a request met the database's absence. */
    enum Failure {
        /** Before or instead of the commit: rolled back, nothing kept. */
        UNREACHABLE,
        /** The connection broke while committing: whether it was kept is not known. */
        COMMIT_OUTCOME_UNKNOWN
    }

    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "jakarta.resource.ResourceException",
            "org.hibernate.exception.JDBCConnectionException");

    private static final int MAX_VISITED = 64;

    private DatabaseUnavailable() {
    }

    /** Which of the two cases this is, or {@code null} when the database's absence did not cause it. */
    static Failure failureOf(Throwable failure) {
        Failure found = null;
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty() && seen.size() < MAX_VISITED) {
            Throwable cause = pending.poll();
            if (!seen.add(cause)) {
                continue;
            }
            if (isConnectionFailure(cause)) {
                found = found == null ? Failure.UNREACHABLE : found;
            }
            if (cause instanceof HeuristicMixedException || cause instanceof HeuristicRollbackException) {
                found = Failure.COMMIT_OUTCOME_UNKNOWN;
            }
            if (cause.getCause() != null) {
                pending.add(cause.getCause());
            }
            Collections.addAll(pending, cause.getSuppressed());
        }
        return found;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (CONNECTION_FAILURES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    static Problem problem(Failure failure) {
        String detail = failure == Failure.COMMIT_OUTCOME_UNKNOWN
                ? "the connection to the platform's database broke while this request was being committed, so "
                        + "whether it was kept is not known. Send it again after " + RETRY_AFTER_SECONDS
                        + " seconds with the same Idempotency-Key, or read the resource to see"
                : "the platform's database cannot be reached at the moment; nothing of this request was kept. "
                        + "Retry after " + RETRY_AFTER_SECONDS + " seconds";
        return new Problem("database-unavailable", "Service unavailable", 503, detail);
    }

    static Response response(Failure failure) {
        return Response.fromResponse(problem(failure).toResponse()).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
