package io.crowdflow.rules.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The review rules' conclusions for one task's submissions: the {@code verdict} global of the rule base.
 * Not thread-safe: one instance per evaluation.
 */
public final class ReviewVerdict {

    private final String ruleSetVersion;
    private final List<ReviewFinding> findings = new ArrayList<>();
    private final List<String> firedRules = new ArrayList<>();

    public ReviewVerdict(String ruleSetVersion) {
        this.ruleSetVersion = ruleSetVersion;
    }

    // --- called by the rules -------------------------------------------------------------------------

    public void reject(String submissionId, String ruleName, String detail) {
        findings.add(new ReviewFinding(submissionId, ruleName, ReviewAction.REJECT, detail));
    }

    public void flag(String submissionId, String ruleName, String detail) {
        findings.add(new ReviewFinding(submissionId, ruleName, ReviewAction.FLAG, detail));
    }

    /** Rejects or flags, as the policy says. */
    public void apply(ReviewAction action, String submissionId, String ruleName, String detail) {
        findings.add(new ReviewFinding(submissionId, ruleName, action, detail));
    }

    void recordFiredRule(String ruleName) {
        firedRules.add(ruleName);
    }

    // --- read by the platform ------------------------------------------------------------------------

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    /** Every finding, in firing order. */
    public List<ReviewFinding> getFindings() {
        return Collections.unmodifiableList(findings);
    }

    /** Names of the rules that fired, in firing order (a rule firing for two submissions appears twice). */
    public List<String> getFiredRules() {
        return Collections.unmodifiableList(firedRules);
    }

    /** The findings about one submission. */
    public List<ReviewFinding> findingsOf(String submissionId) {
        Objects.requireNonNull(submissionId, "submissionId");
        return findings.stream().filter(f -> f.submissionId().equals(submissionId)).toList();
    }

    /** {@link ReviewAction#REJECT} if any rule rejected it, else FLAG if any flagged it, else PASS. */
    public ReviewAction outcomeOf(String submissionId) {
        ReviewAction outcome = ReviewAction.PASS;
        for (ReviewFinding f : findingsOf(submissionId)) {
            outcome = outcome.max(f.action());
        }
        return outcome;
    }

    /** The rule names behind {@link #outcomeOf}, joined with "; " (the reason to store), or "" if it passed. */
    public String reasonFor(String submissionId) {
        ReviewAction outcome = outcomeOf(submissionId);
        return findingsOf(submissionId).stream().filter(f -> f.action() == outcome).map(ReviewFinding::ruleName)
                .distinct().reduce((a, b) -> a + "; " + b).orElse("");
    }
}
