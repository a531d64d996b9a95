package io.crowdflow.review.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The requesters' gold items, and what became of them. */
public interface GoldItems {

    void add(GoldItem item);

    Optional<GoldItem> find(String id);

    /** The item, locked until the caller's transaction ends, so that of two withdrawals at once one finds it withdrawn. */
    Optional<GoldItem> findForWithdrawal(String id);

    /** The requester's items of the type that are not withdrawn, oldest first: the ones gold mixing may use. */
    List<GoldItem> mixableOf(String requesterId, String taskType);

    /** Whether {@link #mixableOf} has any item, read without loading one. */
    boolean anyMixable(String requesterId, String taskType);

    /** All the requester's items, withdrawn ones included, newest first. */
    List<GoldItem> ofRequester(String requesterId);

    /** Of these items, the ones already made into a task for this worker (answered, open or expired). */
    Set<String> givenTo(String workerId, Collection<String> itemIds);

    /** How often an item was mixed in, answered, and answered right (case and spacing ignored). */
    Usage usageOf(GoldItem item);

    record Usage(int mixedIn, int answered, int correct) {
    }
}
