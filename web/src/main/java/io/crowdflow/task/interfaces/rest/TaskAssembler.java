package io.crowdflow.task.interfaces.rest;

import io.crowdflow.task.domain.IdempotencyKey;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskDraft;
import io.crowdflow.web.json.JsonBody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Between the JSON of the task API and the task domain. */
final class TaskAssembler {

    private TaskAssembler() {
    }

    static TaskDraft draftFrom(JsonBody body) {
        TaskDraft.Raw raw = new TaskDraft.Raw(body.string("title"), body.string("instructions"),
                body.string("type"), body.string("reward", "amount"), body.string("reward", "currency"),
                body.integer("redundancy"), body.string("deadline"), body.strings("skills"), body.json("input"),
                body.string("aggregation"), body.decimal("targetConfidence"), body.integer("maxAssignments"),
                body.string("goldAnswer"), body.string("region"), body.decimal("goldRate"));
        body.requireWellTyped();
        return TaskDraft.from(raw);
    }

    /** The key with a hash of the request's meaning (the validated draft): whitespace and field order don't count. */
    static IdempotencyKey keyOf(String header, TaskDraft draft) {
        return header == null ? null : new IdempotencyKey(header, sha256(draft.toString()));
    }

    static TaskView viewOf(Task task, boolean withEvents) {
        return viewOf(task, withEvents, false);
    }

    /** With {@code redacted}, the content (title, instructions, input, gold answer) is left out. */
    static TaskView viewOf(Task task, boolean withEvents, boolean redacted) {
        return new TaskView(task.id(), task.status().name().toLowerCase(), task.processInstanceId(),
                redacted ? null : task.title(), redacted ? null : task.instructions(), task.type(),
                new TaskView.RewardView(task.reward().amountText(), task.reward().currency()),
                task.redundancy(), task.deadline().toString(), task.skills(),
                redacted ? null : JsonBody.parseValue(task.inputJson()),
                task.dataClass() == null ? null : task.dataClass().toLowerCase(), task.region(), task.createdAt(),
                TaskView.ReviewPlanView.of(task.reviewPlan(), redacted),
                withEvents ? task.events().stream().map(e -> new TaskView.EventView(e.occurredAt(),
                        e.type().name().toLowerCase(), e.actor(), e.reason())).toList() : null, redacted);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
