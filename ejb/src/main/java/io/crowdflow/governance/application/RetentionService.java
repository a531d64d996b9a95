package io.crowdflow.governance.application;

import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.governance.domain.ArchiveRepository;
import io.crowdflow.governance.domain.ArchivedTask;
import io.crowdflow.governance.domain.Pseudonyms;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long a settled task's content stays in the working tables, and its archival when that ends.
 * The skeleton's rule is one fixed period from configuration; the retention tables replace it.
 */
@Stateless
public class RetentionService {

    @Inject
    TaskRepository tasks;

    @Inject
    AssignmentRepository assignments;

    @Inject
    ArchiveRepository archive;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    public Duration planRetention(String taskId) {
        Duration period = settings.retentionPeriod();
        Instant now = clock.now();
        tasks.get(taskId).record(now, TaskEventType.RETENTION_PLANNED, null, "content is kept for " + period
                + " (fixed retention period, setting crowdflow.retention.period) and archived after "
                + now.plus(period));
        return period;
    }

    /** Moves the task's content and answers to the archive, people pseudonymised, and clears them. */
    public void archive(String taskId, String plannedPeriod) {
        Task task = tasks.get(taskId);
        List<Submission> submissions = assignments.submissionsOf(taskId);
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (Submission s : submissions) {
            JsonObjectBuilder answer = Json.createObjectBuilder()
                    .add("submission", s.id())
                    .add("worker", Pseudonyms.of(s.workerId()))
                    .add("decision", s.decision() == null ? "none" : s.decision().name().toLowerCase());
            answer.add("answer", s.answerJson() == null ? Json.createValue("")
                    : Json.createReader(new StringReader(s.answerJson())).readValue());
            answers.add(answer);
            s.removeContent();
        }
        JsonObjectBuilder content = Json.createObjectBuilder()
                .add("task", task.id())
                .add("requester", Pseudonyms.of(task.requesterId()))
                .add("type", task.type())
                .add("title", task.title())
                .add("instructions", task.instructions() == null ? "" : task.instructions())
                .add("answers", answers);
        if (task.inputJson() != null) {
            content.add("input", Json.createReader(new StringReader(task.inputJson())).readValue());
        }
        Instant now = clock.now();
        String reason = "retention period " + plannedPeriod + " ended (fixed retention period, "
                + "setting crowdflow.retention.period); content archived with people pseudonymised";
        archive.add(new ArchivedTask(taskId, now, content.build().toString(), reason));
        task.archive(now, reason);
    }
}
