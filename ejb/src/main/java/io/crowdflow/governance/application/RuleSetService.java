package io.crowdflow.governance.application;

import io.crowdflow.governance.domain.CheckedTable;
import io.crowdflow.governance.domain.ClassificationRules;
import io.crowdflow.governance.domain.RuleSetKind;
import io.crowdflow.governance.domain.RetentionAuditEntry;
import io.crowdflow.governance.domain.RetentionAuditKind;
import io.crowdflow.governance.domain.RetentionAuditLog;
import io.crowdflow.governance.domain.RetentionDryRunJob;
import io.crowdflow.governance.domain.RetentionDryRunJobRepository;
import io.crowdflow.governance.domain.RetentionPlanRepository;
import io.crowdflow.governance.domain.RetentionRules;
import io.crowdflow.governance.domain.RetentionSweep;
import io.crowdflow.governance.domain.RetentionSweepRepository;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetRepository;
import io.crowdflow.governance.domain.SweepNotFoundException;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.shared.domain.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The life of retention rule sets: upload (validated, never stored when refused), dry run, activation by a
 * second compliance officer, and the sweep that re-plans existing records under the newly active version.
 */
@Stateless
public class RuleSetService {

    @Inject
    RuleSetRepository ruleSets;

    @Inject
    RetentionRules rules;

    @Inject
    RetentionPlanRepository plans;

    @Inject
    RetentionSweepRepository sweeps;

    @Inject
    RetentionAuditLog audit;

    @Inject
    RetentionDryRun dryRuns;

    @Inject
    ClassificationRules classificationRules;

    @Inject
    ClassificationDryRun classificationDryRuns;

    @Inject
    RetentionDryRunJobRepository dryRunJobs;

    @Inject
    RetentionSettings settings;

    @Inject
    Clock clock;

    /** A version was activated, and the sweep that re-plans existing records under it (retention only; else null). */
    public record Activation(RuleSet ruleSet, RetentionSweep sweep) {
    }

    /**
     * Validates the table and stores it as the next version.
     *
     * @throws io.crowdflow.governance.domain.RuleSetRefusedException with the problems; nothing is stored
     */
    public RuleSet upload(Caller officer, String fileName, byte[] content) {
        return upload(officer, fileName, content, RuleSetKind.RETENTION);
    }

    /** As {@link #upload(Caller, String, byte[])}, for a table of {@code kind} (retention or classification). */
    public RuleSet upload(Caller officer, String fileName, byte[] content, RuleSetKind kind) {
        String name = fileNameOf(fileName);
        CheckedTable table = kind == RuleSetKind.CLASSIFICATION ? classificationRules.check(name, content)
                : rules.check(name, content);
        Instant now = clock.now();
        ruleSets.lockActiveVersion();
        RuleSet ruleSet = new RuleSet(ruleSets.nextVersion(), kind, name, content, sha256(content), table, officer,
                now);
        ruleSets.add(ruleSet);
        audit.add(new RetentionAuditEntry(now, RetentionAuditKind.RULESET_UPLOADED, null, ruleSet.version(), null,
                officer.subject(), kind.word() + " table '" + name + "' uploaded by " + officer.username() + ": "
                + table.format() + ", " + table.rowCount() + " rows, sha-256 " + ruleSet.sha256()));
        return ruleSet;
    }

    public List<RuleSet> list() {
        return ruleSets.all();
    }

    public RuleSet get(int version) {
        return ruleSets.get(version);
    }

    public Optional<RuleSet> active() {
        return ruleSets.active();
    }

    /** A dry run's answer: the report at once, or the background dry run that will write it. */
    public record DryRunOutcome(String report, RetentionDryRunJob job) {
    }

    /**
     * What the version would change against today's records; the report is kept with the version. A retention
     * version with more retained records than {@code crowdflow.retention.dry-run-inline-limit}, or asked for in the
     * {@code background}, runs as a background dry run, page by page (see {@link RetentionDryRunner}).
     */
    public DryRunOutcome dryRun(Caller officer, int version, boolean background) {
        RuleSet ruleSet = ruleSets.get(version);
        Instant now = clock.now();
        if (ruleSet.kind() == RuleSetKind.RETENTION) {
            long records = plans.countRetainedTasks();
            if (background || records > settings.dryRunInlineLimit()) {
                RetentionDryRunJob job = new RetentionDryRunJob(version, officer,
                        RetentionDryRun.comparedWith(ruleSets.active().orElse(null)), (int) records,
                        new RetentionDryRunTally().toJson(), now);
                dryRunJobs.add(job);
                audit.add(new RetentionAuditEntry(now, RetentionAuditKind.RULESET_DRY_RUN, null, version, null,
                        officer.subject(), "background dry run " + job.id() + " of " + records + " records started by "
                        + officer.username()));
                return new DryRunOutcome(null, job);
            }
        }
        return new DryRunOutcome(dryRun(officer, ruleSet, now), null);
    }

    public RetentionDryRunJob dryRunJob(long id) {
        return dryRunJobs.get(id);
    }

    private String dryRun(Caller officer, RuleSet ruleSet, Instant now) {
        int version = ruleSet.version();
        String report = ruleSet.kind() == RuleSetKind.CLASSIFICATION
                ? classificationDryRuns.report(ruleSet, ruleSets.active(RuleSetKind.CLASSIFICATION).orElse(null), now)
                : dryRuns.report(ruleSet, ruleSets.active().orElse(null), now);
        ruleSet.recordDryRun(officer, now, report);
        audit.add(new RetentionAuditEntry(now, RetentionAuditKind.RULESET_DRY_RUN, null, version, null,
                officer.subject(), "dry run by " + officer.username()));
        return report;
    }

    /**
     * Four eyes: approves and activates the version as a second compliance officer (not its uploader), retires
     * the version that was active, and starts the sweep that re-plans every retained record.
     */
    public Activation activate(Caller officer, int version) {
        Optional<Integer> activeRetention = ruleSets.lockActiveVersion(); // serialises with uploads, on every node
        RuleSet ruleSet = ruleSets.get(version);
        RuleSetKind kind = ruleSet.kind();
        Optional<Integer> current = kind == RuleSetKind.RETENTION ? activeRetention : ruleSets.lockActiveVersion(kind);
        Instant now = clock.now();
        ruleSet.activate(officer, now);
        current.flatMap(ruleSets::find).ifPresent(old -> {
            old.retire(now);
            audit.add(new RetentionAuditEntry(now, RetentionAuditKind.RULESET_RETIRED, null, old.version(), null,
                    officer.subject(), "retired: version " + version + " was activated"));
        });
        ruleSets.setActiveVersion(kind, version);
        if (kind == RuleSetKind.CLASSIFICATION) {
            audit.add(new RetentionAuditEntry(now, RetentionAuditKind.RULESET_ACTIVATED, null, version, null,
                    officer.subject(), "classification table approved and activated by " + officer.username()
                    + " (uploaded by " + ruleSet.uploadedByName() + "); it classifies tasks posted from now on"));
            return new Activation(ruleSet, null);
        }
        RetentionSweep sweep = new RetentionSweep(version, (int) plans.countRetainedTasks(), now);
        sweeps.add(sweep);
        audit.add(new RetentionAuditEntry(now, RetentionAuditKind.RULESET_ACTIVATED, null, version, null,
                officer.subject(), "approved and activated by " + officer.username() + " (uploaded by "
                + ruleSet.uploadedByName() + "); " + sweep.total() + " retained records to re-plan"));
        audit.add(new RetentionAuditEntry(now, RetentionAuditKind.SWEEP_STARTED, null, version, null,
                officer.subject(), "sweep " + sweep.id() + " re-plans " + sweep.total() + " retained records"));
        return new Activation(ruleSet, sweep);
    }

    public List<RetentionSweep> sweeps() {
        return sweeps.latest(50);
    }

    public RetentionSweep sweep(long id) {
        return sweeps.find(id).orElseThrow(() -> new SweepNotFoundException(id));
    }

    private static String fileNameOf(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.isEmpty() ? "upload" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

}
