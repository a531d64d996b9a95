package io.crowdflow.assignment.domain;

/**
 * How much a worker is expected to like (and do well at) tasks of a type, learned from everyone's
 * reviewed work. The recommender behind {@code GET /api/me/recommendations}; see docs/assignment.md.
 */
public interface TaskAffinities {

    /** Personalised when the worker consented to {@code recommendations}; the popularity baseline otherwise. */
    Affinity of(String workerId, String taskType, boolean personalised);

    /** The size and age of the model now served. */
    ModelSummary model();

    /** Builds the model again from the database and swaps it in; readers keep the old one meanwhile. */
    ModelSummary rebuild();

    /** The model now served, and since when a rebuild has been running (timer or request), if one is. */
    Status status();

    record Status(ModelSummary model, java.time.Instant rebuildingSince) {
    }

    /** A score in [0, 1] and how it was arrived at, in words a worker can read. */
    record Affinity(double score, String why, boolean personalised) {
    }

    record ModelSummary(String variant, int workers, int taskTypes, int preferences, java.time.Instant builtAt,
                        long buildMillis) {
    }
}
