package io.crowdflow.rules.governance;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The data the governance rules decide with, kept out of the DRL so it is stated once: the known task types
 * and the consent purpose for personal data. Inserted as a fact with every evaluation. Immutable.
 *
 * <p>A class with JavaBeans getters rather than a record, so Drools' property reactivity recognises its
 * properties in constraints such as {@code GovernancePolicy( knownTaskTypes excludes $type )}.
 */
public final class GovernancePolicy {

    /** The task types of the platform, in the order they are listed to requesters. */
    public static final List<String> DEFAULT_TASK_TYPES = List.of(
            "labeling", "content-moderation", "translation", "survey", "transcription", "data-collection", "other");

    /** The consent purpose the platform records for processing personal data. */
    public static final String PERSONAL_DATA_PROCESSING = "personal-data-processing";

    /** The platform's policy. */
    public static final GovernancePolicy DEFAULT = new GovernancePolicy(DEFAULT_TASK_TYPES, PERSONAL_DATA_PROCESSING);

    private final Set<String> knownTaskTypes;
    private final String personalDataConsentPurpose;

    /**
     * @param knownTaskTypes             task types a requester may post (exact, case-sensitive names)
     * @param personalDataConsentPurpose the consent purpose a worker must have granted to work on a task whose
     *                                   content holds personal data
     */
    public GovernancePolicy(Iterable<String> knownTaskTypes, String personalDataConsentPurpose) {
        Objects.requireNonNull(knownTaskTypes, "knownTaskTypes");
        Set<String> types = new LinkedHashSet<>();
        knownTaskTypes.forEach(type -> types.add(Objects.requireNonNull(type, "a known task type")));
        // A LinkedHashSet: keeps the listing order and, unlike Set.of, answers contains(null) with false.
        this.knownTaskTypes = Collections.unmodifiableSet(types);
        this.personalDataConsentPurpose = Objects.requireNonNull(personalDataConsentPurpose, "personalDataConsentPurpose");
    }

    /** Task types a requester may post. */
    public Set<String> getKnownTaskTypes() {
        return knownTaskTypes;
    }

    /** The consent purpose required when the content holds personal data. */
    public String getPersonalDataConsentPurpose() {
        return personalDataConsentPurpose;
    }

    /** Whether {@code type} is one of the known task types (exact match; {@code null} is not known). */
    public boolean isKnownTaskType(String type) {
        return type != null && knownTaskTypes.contains(type);
    }

    /** The known types as a readable list, for rejection reasons. */
    public String getKnownTaskTypesText() {
        return String.join(", ", knownTaskTypes);
    }

    /** A stable text form (types sorted), part of the rule set version. */
    String canonicalForm() {
        return "knownTaskTypes=" + String.join(",", knownTaskTypes.stream().sorted().toList())
                + ";personalDataConsentPurpose=" + personalDataConsentPurpose;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GovernancePolicy p && knownTaskTypes.equals(p.knownTaskTypes)
                && personalDataConsentPurpose.equals(p.personalDataConsentPurpose);
    }

    @Override
    public int hashCode() {
        return Objects.hash(knownTaskTypes, personalDataConsentPurpose);
    }

    @Override
    public String toString() {
        return "GovernancePolicy[knownTaskTypes=" + knownTaskTypes + ", personalDataConsentPurpose="
                + personalDataConsentPurpose + "]";
    }
}
