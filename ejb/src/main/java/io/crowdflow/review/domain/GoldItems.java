package io.crowdflow.review.domain;

import java.util.List;

/** The requesters' gold items, and what became of them. */
public interface GoldItems {

    void add(GoldItem item);

    /** The requester's items of the type, oldest first. */
    List<GoldItem> ofRequester(String requesterId, String taskType);

    /** All the requester's items, newest first. */
    List<GoldItem> ofRequester(String requesterId);

    /** Of these items, the ones already made into a task for this worker (answered, open or expired). */
    java.util.Set<String> givenTo(String workerId, java.util.Collection<String> itemIds);

    /** How often an item was mixed in, answered, and answered right (case and spacing ignored). */
    Usage usageOf(GoldItem item);

    record Usage(int mixedIn, int answered, int correct) {
    }
}
