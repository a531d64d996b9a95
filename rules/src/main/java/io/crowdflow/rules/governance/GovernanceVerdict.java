package io.crowdflow.rules.governance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of evaluating one {@link TaskContent}: filled by the governance rules during one evaluation
 * (it is the {@code verdict} global of the rule base), then handed to the caller.
 *
 * <p>Getters follow JavaBeans naming so JSON-B, Jakarta EL and the like can read a verdict as is. The
 * mutators ({@link #addFinding}, {@link #reject}, {@link #requireConsent}) are public only because the rules
 * call them. Not thread-safe: one instance per evaluation.
 */
public final class GovernanceVerdict {

    private final String ruleSetVersion;
    private DataClass dataClass = DataClass.PUBLIC;
    private boolean approved = true;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<DataFinding> findings = new ArrayList<>();
    private final List<ClassOverride> overrides = new ArrayList<>();
    private final List<String> firedRules = new ArrayList<>();
    private final Set<String> requiredConsents = new LinkedHashSet<>();

    public GovernanceVerdict(String ruleSetVersion) {
        this.ruleSetVersion = ruleSetVersion;
    }

    // --- called by the rules -------------------------------------------------------------------------

    /** Records what a classification rule found; the task's data class becomes the highest class found. */
    public void addFinding(DataFinding finding) {
        findings.add(Objects.requireNonNull(finding, "finding"));
        dataClass = dataClass.max(finding.dataClass());
    }

    /**
     * A classification table's row gives {@code finding} another class; the task's class becomes the highest class
     * over all findings, each with its table class where a row decided one. Returns the fact the rule inserts.
     */
    public ClassOverride overrideClass(DataFinding finding, DataClass tableClass, String tableRow, String ruleName) {
        ClassOverride override = new ClassOverride(finding, tableClass, tableRow, ruleName);
        overrides.add(override);
        DataClass highest = DataClass.PUBLIC;
        for (DataFinding f : findings) {
            DataClass effective = f.dataClass();
            for (ClassOverride o : overrides) {
                if (o.finding().equals(f)) {
                    effective = o.dataClass();
                }
            }
            highest = highest.max(effective);
        }
        dataClass = highest;
        return override;
    }

    /** Rejects the task; every rejecting rule adds its own entry. */
    public void reject(String ruleName, String reason) {
        rejections.add(new Rejection(ruleName, reason));
        approved = false;
    }

    /** Records a consent purpose a worker must have granted to work on the task. */
    public void requireConsent(String purpose) {
        requiredConsents.add(Objects.requireNonNull(purpose, "purpose"));
    }

    /** Called by the agenda listener, not by rules. */
    void recordFiredRule(String ruleName) {
        firedRules.add(ruleName);
    }

    // --- read by the platform ------------------------------------------------------------------------

    /** The classification table's rows that changed a finding's class, in firing order. */
    public List<ClassOverride> getClassOverrides() {
        return Collections.unmodifiableList(overrides);
    }

    /** The version of the rule set that made this verdict ({@link GovernanceRuleBase#version()}). */
    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    /** The highest data class found; {@link DataClass#PUBLIC} when nothing was found. */
    public DataClass getDataClass() {
        return dataClass;
    }

    /** {@code false} as soon as one decision rule rejected the task. */
    public boolean isApproved() {
        return approved;
    }

    /** Rejections in the order the rules made them. */
    public List<Rejection> getRejections() {
        return Collections.unmodifiableList(rejections);
    }

    /** What the classification rules found, in the order they found it (no matched text is kept). */
    public List<DataFinding> getFindings() {
        return Collections.unmodifiableList(findings);
    }

    /** Names of the rules that fired, in firing order. */
    public List<String> getFiredRules() {
        return Collections.unmodifiableList(firedRules);
    }

    /** Consent purposes a worker must have granted, e.g. {@code personal-data-processing}. */
    public Set<String> getRequiredConsents() {
        return Collections.unmodifiableSet(requiredConsents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GovernanceVerdict v && approved == v.approved && dataClass == v.dataClass
                && Objects.equals(ruleSetVersion, v.ruleSetVersion) && rejections.equals(v.rejections)
                && findings.equals(v.findings) && firedRules.equals(v.firedRules)
                && requiredConsents.equals(v.requiredConsents) && overrides.equals(v.overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleSetVersion, dataClass, approved, rejections, findings, firedRules, requiredConsents);
    }

    @Override
    public String toString() {
        return "GovernanceVerdict[ruleSetVersion=" + ruleSetVersion + ", dataClass=" + dataClass
                + ", approved=" + approved + ", rejections=" + rejections + ", requiredConsents="
                + requiredConsents + ", firedRules=" + firedRules + "]";
    }
}
