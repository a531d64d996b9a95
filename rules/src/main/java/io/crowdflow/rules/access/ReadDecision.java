package io.crowdflow.rules.access;

import java.util.List;

/**
 * What the rules decided about one read, and which rules decided it. The outcome combines the rules' grants and
 * denials: a denial overrides every grant; otherwise a full grant wins over a redacted one; with neither, the
 * rule base's last rule denies (so every decision names at least one rule).
 *
 * @param grantedBy  the rules that granted the read (in full or redacted)
 * @param deniedBy   the rules that denied it
 * @param recordedBy the rules that want it in the governance audit (empty: not recorded)
 * @param ruleBaseVersion the version of the read-access rule base that decided
 */
public record ReadDecision(ReadRequest request, ReadOutcome outcome, List<String> grantedBy, List<String> deniedBy,
                           List<String> recordedBy, String ruleBaseVersion) {

    public ReadDecision {
        grantedBy = List.copyOf(grantedBy);
        deniedBy = List.copyOf(deniedBy);
        recordedBy = List.copyOf(recordedBy);
    }

    public boolean isAllowed() {
        return outcome != ReadOutcome.DENIED;
    }

    public boolean isRedacted() {
        return outcome == ReadOutcome.ALLOWED_REDACTED;
    }

    public boolean isRecorded() {
        return !recordedBy.isEmpty();
    }

    /** The rules that decided the outcome: the denials when denied, else the grants. */
    public List<String> decidingRules() {
        return outcome == ReadOutcome.DENIED ? deniedBy : grantedBy;
    }
}
