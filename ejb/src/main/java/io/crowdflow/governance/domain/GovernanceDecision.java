package io.crowdflow.governance.domain;

import java.util.List;
import java.util.Set;

/**
 * What the governance rules decided about a task's content: its data class, whether it may run, and
 * why — the rules that fired and the rule-set version that holds them.
 */
public record GovernanceDecision(boolean approved, String dataClass, List<String> rejections,
                                 List<String> firedRules, Set<String> requiredConsents, String ruleSetVersion) {

    public String explanation() {
        StringBuilder text = new StringBuilder();
        text.append(approved ? "approved" : "rejected: " + String.join("; ", rejections));
        text.append("; data class ").append(dataClass);
        if (!requiredConsents.isEmpty()) {
            text.append("; consents needed: ").append(String.join(", ", requiredConsents));
        }
        text.append("; rules fired: ").append(firedRules.isEmpty() ? "none" : String.join(", ", firedRules));
        text.append("; governance rule set ").append(ruleSetVersion);
        return text.toString();
    }
}
