package io.crowdflow.platform.infrastructure.persistence;

/**
 * What our native queries tell Hibernate. A query whose parameter is a list ({@code in :ids}) is translated from
 * JPQL to SQL again at every execution (Hibernate caches no plan for list-valued bindings): more than half of what
 * such a call cost on the lifecycle's path. The same query in SQL is only expanded. A native query, though, makes
 * Hibernate flush every pending change first unless it names what it reads: {@link #READS} does. The native queries
 * on a lifecycle's path name it, so a pending change that the query cannot see (a task's new status, say) waits for
 * the commit instead of costing an extra write of the row; the read-only views' queries need not.
 */
public final class NativeQueries {

    /**
     * Hint: what the query reads or writes, as entity classes (a {@code Class} or an array of them) or as table names
     * (a {@code String} or an array of them, for a table no entity maps). Hibernate then flushes before the query only
     * if a pending change touches one of them, and then flushes everything, as before any query.
     */
    public static final String READS = "org.hibernate.query.native.spaces";

    private NativeQueries() {
    }
}
