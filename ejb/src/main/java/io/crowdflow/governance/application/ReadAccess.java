package io.crowdflow.governance.application;

import io.crowdflow.governance.domain.ReadAccessPolicy;
import io.crowdflow.governance.domain.ReadAuditThrottle;
import io.crowdflow.governance.domain.RetentionAuditEntry;
import io.crowdflow.governance.domain.RetentionAuditKind;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.access.ReadDecision;
import io.crowdflow.rules.access.ReadOutcome;
import io.crowdflow.rules.access.ReadRequest;
import io.crowdflow.rules.access.ResourceKind;
import io.crowdflow.rules.governance.DataClass;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.shared.domain.Clock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place the platform asks who may read what. The {@link ReadAccessPolicy} (rules) decides; the reads it
 * marks for recording go into the governance audit ({@code personal_data_read}, {@code read_denied}), once per
 * reader, item and outcome per {@code crowdflow.governance.read-audit-window} on each node.
 */
@ApplicationScoped
public class ReadAccess {

    static final int THROTTLE_CAPACITY = 100_000;

    @Inject
    ReadAccessPolicy policy;

    @Inject
    ReadAuditRecorder recorder;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    private ReadAuditThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new ReadAuditThrottle(Duration.parse(settings.text("crowdflow.governance.read-audit-window",
                "PT1H")), THROTTLE_CAPACITY);
    }

    /** The decision on one read; recorded if the rules say so. */
    public ReadDecision decide(Caller reader, ReadRequest request) {
        return decide(reader, List.of(request)).get(0);
    }

    /** One decision per request, in order (one rule evaluation for all); recorded as the rules say. */
    public List<ReadDecision> decide(Caller reader, List<ReadRequest> requests) {
        List<ReadDecision> decisions = policy.decide(reader, requests);
        Instant now = clock.now();
        List<RetentionAuditEntry> entries = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (ReadDecision decision : decisions) {
            String key = reader.subject() + "|" + decision.request().kind() + "|" + decision.request().resourceId()
                    + "|" + decision.outcome();
            if (decision.isRecorded() && throttle.shouldRecord(key, now)) {
                entries.add(entryOf(reader, decision, now));
                keys.add(key);
            }
        }
        if (!entries.isEmpty()) {
            try {
                recorder.record(entries);
            } catch (RuntimeException e) {
                keys.forEach(throttle::forget);
                throw e;
            }
        }
        return decisions;
    }

    /** A task's data class as governance stored it; a task not classified yet counts as personal. */
    public static DataClass classOf(String storedDataClass) {
        if (storedDataClass == null) {
            return DataClass.PERSONAL;
        }
        try {
            return DataClass.valueOf(storedDataClass);
        } catch (IllegalArgumentException e) {
            return DataClass.PERSONAL;
        }
    }

    static RetentionAuditEntry entryOf(Caller reader, ReadDecision decision, Instant now) {
        ReadRequest r = decision.request();
        String outcome = switch (decision.outcome()) {
            case ALLOWED -> "allowed";
            case ALLOWED_REDACTED -> "allowed without its content";
            case DENIED -> "denied";
        };
        String detail = "read of " + what(r) + " holding " + r.dataClass() + " data by a reader with roles "
                + reader.roles().stream().sorted().toList() + ": " + outcome + " by " + quoted(decision.decidingRules())
                + "; recorded by " + quoted(decision.recordedBy()) + " (" + decision.ruleBaseVersion() + ")";
        return new RetentionAuditEntry(now, decision.outcome() == ReadOutcome.DENIED ? RetentionAuditKind.READ_DENIED
                : RetentionAuditKind.PERSONAL_DATA_READ, r.taskId(), null, null, reader.subject(), detail);
    }

    private static String what(ReadRequest r) {
        return switch (r.kind()) {
            case TASK -> "task " + r.resourceId();
            case ASSIGNMENT -> "the task content of assignment " + r.resourceId();
            case REVIEW_ITEM -> "submission " + r.resourceId() + " for review";
            case DISPUTE_ITEM -> "dispute " + r.resourceId() + " for decision";
            case SUBMISSION -> "submission " + r.resourceId();
            case EXPORT -> "the export of person " + r.resourceId();
        } + (r.taskId() == null || r.kind() == ResourceKind.TASK ? ""
                : " (task " + r.taskId() + ")");
    }

    private static String quoted(List<String> rules) {
        return rules.isEmpty() ? "no rule" : rules.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
