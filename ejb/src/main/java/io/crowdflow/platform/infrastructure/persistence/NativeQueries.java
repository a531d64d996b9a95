package io.crowdflow.platform.infrastructure.persistence;

/**
 * What our native queries tell Hibernate. A query whose parameter is a list ({@code in :ids}) is translated from
 * JPQL to SQL again at every execution (Hibernate caches no plan for list-valued bindings): more than half of what
 * such a call cost on the lifecycle's path. The same query in SQL is only expanded. A native query, though, makes
 * Hibernate flush every pending change first unless it names the entities it reads: {@link #READS} does.
 */
public final class NativeQueries {

    /** Hint: the entity classes (a {@code Class} or an array of them) whose pending changes the query must see. */
    public static final String READS = "org.hibernate.query.native.spaces";

    private NativeQueries() {
    }
}
