package io.crowdflow.governance.domain;

import io.crowdflow.identity.domain.Caller;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Base64;

/**
 * One version of the retention table as a compliance officer uploaded it, with the rules generated from it
 * and who uploaded, dry-ran, approved and activated it. Kept for good; only its state changes.
 */
@Entity
@Table(name = "cf_retention_ruleset")
public class RuleSet {

    @Id
    private int version;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String format;

    @Enumerated(EnumType.STRING)
    @Column(name = "table_kind", nullable = false)
    private RuleSetKind kind = RuleSetKind.RETENTION;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "content_base64", nullable = false)
    private String contentBase64;

    @Column(nullable = false)
    private String drl;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleSetState state;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_by_name")
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "dry_run_by")
    private String dryRunBy;

    @Column(name = "dry_run_at")
    private Instant dryRunAt;

    @Column(name = "dry_run_json")
    private String dryRunJson;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "activated_by")
    private String activatedBy;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected RuleSet() {
    }

    public RuleSet(int version, String fileName, byte[] content, String sha256, CheckedTable table, Caller uploader,
                   Instant at) {
        this(version, RuleSetKind.RETENTION, fileName, content, sha256, table, uploader, at);
    }

    public RuleSet(int version, RuleSetKind kind, String fileName, byte[] content, String sha256, CheckedTable table,
                   Caller uploader, Instant at) {
        this.version = version;
        this.kind = kind;
        this.fileName = fileName;
        this.format = table.format();
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.contentBase64 = Base64.getEncoder().encodeToString(content);
        this.drl = table.drl();
        this.rowCount = table.rowCount();
        this.state = RuleSetState.VALID;
        this.uploadedBy = uploader.subject();
        this.uploadedByName = uploader.username();
        this.uploadedAt = at;
    }

    public void recordDryRun(Caller officer, Instant at, String reportJson) {
        this.dryRunBy = officer.subject();
        this.dryRunAt = at;
        this.dryRunJson = reportJson;
    }

    /**
     * Four eyes: a second compliance officer, not the uploader, approves and activates in one step, and only
     * a version whose effect was looked at in a dry run.
     */
    public void activate(Caller officer, Instant at) {
        if (state != RuleSetState.VALID) {
            throw new RuleSetNotActivatableException(version, "it is " + state.name().toLowerCase());
        }
        if (officer.subject().equals(uploadedBy)) {
            throw new RuleSetFourEyesException(version);
        }
        if (dryRunAt == null) {
            throw new DryRunRequiredException(version);
        }
        this.state = RuleSetState.ACTIVE;
        this.approvedBy = officer.subject();
        this.approvedAt = at;
        this.activatedBy = officer.subject();
        this.activatedAt = at;
    }

    public void retire(Instant at) {
        this.state = RuleSetState.RETIRED;
        this.retiredAt = at;
    }

    public byte[] content() {
        return Base64.getDecoder().decode(contentBase64);
    }

    public int version() {
        return version;
    }

    public RuleSetKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String format() {
        return format;
    }

    public String sha256() {
        return sha256;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String drl() {
        return drl;
    }

    public int rowCount() {
        return rowCount;
    }

    public RuleSetState state() {
        return state;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public String uploadedByName() {
        return uploadedByName;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String dryRunBy() {
        return dryRunBy;
    }

    public Instant dryRunAt() {
        return dryRunAt;
    }

    public String dryRunJson() {
        return dryRunJson;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String activatedBy() {
        return activatedBy;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}
