package io.crowdflow.assignment.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Who has not granted a processing purpose a task needs (governance names it, e.g.
 * {@code personal-data-processing} for content with personal data): they are not eligible for that task.
 * The consent record belongs to the privacy context; this port lets it plug in.
 */
public interface ProcessingConsents {

    /**
     * The ids among {@code personIds} that have not granted {@code purpose}. When the record cannot be read,
     * everyone counts as not having granted it: no one is assigned on a consent that cannot be checked.
     */
    Set<String> withoutConsent(String purpose, Collection<String> personIds);
}
