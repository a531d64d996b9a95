package io.crowdflow.task.domain;

import java.time.Instant;
import java.util.List;

/** What happened to one requester's tasks in a window, as the task events and decisions recorded it. */
public interface RequesterHistory {

    /** When each of the requester's tasks was posted, in [from, to). */
    List<Instant> postedAt(String requesterId, Instant from, Instant to, int limit);

    /** When each of the requester's tasks was settled (its first payment, refund or fee event), in [from, to). */
    List<Instant> settledAt(String requesterId, Instant from, Instant to, int limit);

    /** The decisions on submissions to the requester's tasks, in [from, to). */
    List<RequesterActivity.Decision> decisions(String requesterId, Instant from, Instant to, int limit);
}
