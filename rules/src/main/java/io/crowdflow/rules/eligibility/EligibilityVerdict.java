package io.crowdflow.rules.eligibility;

import java.util.Map;
import java.util.TreeMap;

/** The eligibility rules' conclusions: the {@code verdict} global. One instance per evaluation. */
public final class EligibilityVerdict {

    /** Why a worker is excluded: the rule's name and the figures. */
    public record Exclusion(String ruleName, String detail) {
    }

    private final Map<String, Exclusion> exclusions = new TreeMap<>();

    /** Called by the rules. */
    public void exclude(String workerId, String ruleName, String detail) {
        exclusions.putIfAbsent(workerId, new Exclusion(ruleName, detail));
    }

    /** Worker id → why they are not eligible; workers absent are not excluded by these rules. */
    public Map<String, Exclusion> exclusions() {
        return Map.copyOf(exclusions);
    }
}
