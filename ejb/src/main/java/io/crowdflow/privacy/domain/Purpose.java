package io.crowdflow.privacy.domain;

import java.util.Arrays;

/** What a person's data may be processed for; nothing is processed for a purpose without consent to it. */
public enum Purpose {

    /** Assignment on the person's track record (LinUCB features); without it assignment is non-personalised. */
    ASSIGNMENT_PROFILING("assignment-profiling"),
    /** Tasks recommended from the person's history (the recommender is not in the platform yet). */
    RECOMMENDATIONS("recommendations"),
    /** The person's rows count in the public, differentially private statistics ({@code GET /api/stats}). */
    RESEARCH_ANALYTICS("research-analytics"),
    /**
     * The person works on tasks whose content holds personal data of others (the governance rules name the
     * tasks); without it they are not assigned such tasks.
     */
    PERSONAL_DATA_PROCESSING("personal-data-processing");

    private final String slug;

    Purpose(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Purpose fromSlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new UnknownPurposeException(slug));
    }
}
