package io.crowdflow.assignment.infrastructure.mahout;

import java.util.Arrays;
import java.util.Locale;

/** Which Taste recommender estimates a worker's preference for a task type ({@code crowdflow.recommendations.variant}). */
public enum RecommenderVariant {
    /** Task types similar to the ones the worker did well (Euclidean similarity over workers' preferences). */
    ITEM_BASED("item-based"),
    /** What the workers most like this one did well (Euclidean similarity, nearest 20 workers). */
    USER_BASED("user-based"),
    /** No personalisation: task types by how many workers did accepted work of them. */
    POPULARITY("popularity");

    private final String slug;

    RecommenderVariant(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static RecommenderVariant fromSlug(String slug) {
        String wanted = slug.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.slug.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("setting crowdflow.recommendations.variant is "
                        + slug + "; it is item-based, user-based or popularity"));
    }
}
