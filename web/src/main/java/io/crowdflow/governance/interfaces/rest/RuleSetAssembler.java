package io.crowdflow.governance.interfaces.rest;

import io.crowdflow.governance.domain.RetentionCalendar;
import io.crowdflow.rules.retention.RetentionAction;
import io.crowdflow.governance.application.RetentionAuditService;
import io.crowdflow.governance.domain.RetentionAuditEntry;
import io.crowdflow.governance.domain.RetentionPlan;
import io.crowdflow.governance.domain.RetentionDryRunJob;
import io.crowdflow.governance.domain.RetentionSweep;
import io.crowdflow.governance.domain.RuleSet;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.StringReader;
import java.time.Instant;

/** JSON of rule sets, sweeps, retention plans and audit entries. */
final class RuleSetAssembler {

    private RuleSetAssembler() {
    }

    static JsonObject summary(RuleSet r) {
        return base(r).build();
    }

    static JsonObject detail(RuleSet r) {
        JsonObjectBuilder json = base(r).add("drl", r.drl());
        if (r.dryRunJson() != null) {
            json.add("lastDryRun", Json.createReader(new StringReader(r.dryRunJson())).readObject());
        }
        return json.build();
    }

    /** A background dry run's progress; with the report once it finished (null before). */
    static JsonObject dryRun(RetentionDryRunJob j, String report) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", j.id())
                .add("rulesetVersion", j.rulesetVersion())
                .add("state", j.state().name().toLowerCase())
                .add("total", j.total())
                .add("processed", j.processed())
                .add("pages", j.pages())
                .add("asOf", j.asOf().toString())
                .add("startedAt", j.startedAt().toString())
                .add("updatedAt", j.updatedAt().toString());
        instant(json, "finishedAt", j.finishedAt());
        if (report != null) {
            json.add("report", Json.createReader(new StringReader(report)).readObject());
        }
        return json.build();
    }

    static JsonObject sweep(RetentionSweep s) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", s.id())
                .add("rulesetVersion", s.rulesetVersion())
                .add("state", s.state().name().toLowerCase())
                .add("total", s.total())
                .add("processed", s.processed())
                .add("changed", s.changed())
                .add("startedAt", s.startedAt().toString())
                .add("updatedAt", s.updatedAt().toString());
        instant(json, "finishedAt", s.finishedAt());
        return json.build();
    }

    static JsonObject plan(RetentionPlan p) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("taskId", p.taskId())
                .add("lifecycleState", p.lifecycleState().word())
                .add("stateSince", p.stateSince().toString())
                .add("action", p.action().word())
                .add("legalHold", p.legalHold())
                .add("rulesetVersion", p.rulesetVersion())
                .add("reason", p.reason())
                .add("plannedAt", p.plannedAt().toString());
        text(json, "dataClass", p.dataClass());
        text(json, "taskType", p.taskType());
        text(json, "region", p.region());
        text(json, "keepFor", p.keepFor());
        instant(json, "dueAt", p.dueAt());
        text(json, "row", p.ruleRow());
        text(json, "holdRows", p.holdRows());
        return json.build();
    }

    static JsonObject calendar(RetentionCalendar c) {
        JsonArrayBuilder days = Json.createArrayBuilder();
        for (RetentionCalendar.Day day : c.days()) {
            days.add(Json.createObjectBuilder().add("date", day.date().toString()).add("total", day.total())
                    .add("actions", actions(day.actions())));
        }
        return Json.createObjectBuilder()
                .add("from", c.from().toString())
                .add("to", c.to().toString())
                .add("overdue", actions(c.overdue()))
                .add("heldPurges", c.held())
                .add("truncated", c.truncated())
                .add("days", days)
                .build();
    }

    private static JsonObjectBuilder actions(java.util.Map<RetentionAction, Long> counts) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (RetentionAction action : RetentionAction.values()) {
            if (action != RetentionAction.KEEP) {
                json.add(action.word(), counts.getOrDefault(action, 0L));
            }
        }
        return json;
    }

    static JsonObject audit(RetentionAuditService.Page page) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (RetentionAuditEntry e : page.entries()) {
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("id", e.id())
                    .add("occurredAt", e.occurredAt().toString())
                    .add("kind", e.kind().name().toLowerCase())
                    .add("detail", e.detail());
            text(entry, "taskId", e.taskId());
            if (e.rulesetVersion() != null) {
                entry.add("rulesetVersion", e.rulesetVersion());
            }
            text(entry, "row", e.ruleRow());
            text(entry, "actor", e.actor());
            entries.add(entry);
        }
        return Json.createObjectBuilder().add("page", page.page()).add("size", page.size()).add("total", page.total())
                .add("entries", entries).build();
    }

    private static JsonObjectBuilder base(RuleSet r) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("version", r.version())
                .add("kind", r.kind().word())
                .add("state", r.state().name().toLowerCase())
                .add("fileName", r.fileName())
                .add("format", r.format())
                .add("sha256", r.sha256())
                .add("sizeBytes", r.sizeBytes())
                .add("rows", r.rowCount())
                .add("uploadedBy", r.uploadedBy())
                .add("uploadedAt", r.uploadedAt().toString());
        text(json, "uploadedByName", r.uploadedByName());
        text(json, "dryRunBy", r.dryRunBy());
        instant(json, "dryRunAt", r.dryRunAt());
        text(json, "approvedBy", r.approvedBy());
        instant(json, "approvedAt", r.approvedAt());
        text(json, "activatedBy", r.activatedBy());
        instant(json, "activatedAt", r.activatedAt());
        instant(json, "retiredAt", r.retiredAt());
        return json;
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static void instant(JsonObjectBuilder json, String name, Instant value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
