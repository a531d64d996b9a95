package io.crowdflow.review.interfaces.rest;

import java.time.Instant;
import java.util.List;

import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.governance.domain.Pseudonyms;
import io.crowdflow.review.application.TaskResultsService.Result;
import io.crowdflow.review.application.TaskResultsService.TaskResults;
import io.crowdflow.review.domain.AggregatedAnswer;
import io.crowdflow.review.domain.AnswerReader;
import io.crowdflow.task.domain.Task;
import io.crowdflow.web.json.JsonBody;
import jakarta.json.JsonValue;

/**
 * A task's results: the aggregated answer as automatic review stored it (null until the task was reviewed), and
 * each submission with its answer, the label aggregation read from it, the decision, who decided (platform or
 * reviewer, never which reviewer), the reason and the dispute's state. Workers appear as pseudonyms
 * ({@code p-…}, the same as in the task's history), never as their account ids.
 */
public record TaskResultsView(String taskId, String title, String type, String status, Aggregated aggregated,
                              List<Answer> submissions) {

    static TaskResultsView of(TaskResults results) {
        Task task = results.task();
        return new TaskResultsView(task.id(), task.title(), task.type(), task.status().name().toLowerCase(),
                results.aggregated().map(Aggregated::of).orElse(null),
                results.submissions().stream().map(Answer::of).toList());
    }

    /** The stored aggregated answer; {@code label} and {@code confidence} are null when nothing was aggregated. */
    public record Aggregated(String method, String label, Double confidence, boolean tied, boolean confident,
                             int answers, int agreeing, double targetConfidence, String evidence,
                             Instant aggregatedAt) {

        static Aggregated of(AggregatedAnswer a) {
            return new Aggregated(a.method(), a.label(), a.confidence(), a.tied(), a.confident(),
                    a.answersAggregated(), a.agreeing(), a.targetConfidence(), a.evidence(), a.aggregatedAt());
        }
    }

    /** One submission as its task's requester sees it. */
    public record Answer(String id, String worker, JsonValue answer, String label, Instant submittedAt,
                         String decision, String decidedBy, String reason, Instant decidedAt, String dispute) {

        static Answer of(Result r) {
            Submission s = r.submission();
            String decision = s.decision() == null ? "pending" : s.isAccepted() ? "accepted" : "rejected";
            String decidedBy = s.decision() == null ? null : s.reviewerId() == null ? "platform" : "reviewer";
            String dispute = r.dispute() == null ? null : r.dispute().decision() == null ? "open"
                    : r.dispute().decision().name().toLowerCase();
            String label = s.answerJson() == null ? null : AnswerReader.textOf(s.answerJson());
            return new Answer(s.id(), Pseudonyms.of(s.workerId()), JsonBody.parseValue(s.answerJson()),
                    label == null ? null : label.strip(), s.submittedAt(), decision, decidedBy, s.decisionReason(),
                    s.decidedAt(), dispute);
        }
    }
}
