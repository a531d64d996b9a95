package io.crowdflow.review.domain;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskDraft;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FourEyesTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final Task task = new Task("requester-1", TaskDraft.from(new TaskDraft.Raw("Label", null, "labeling",
            "0.50", "USD", 1, "PT1H", List.of(), null)), null, NOW);
    private final Submission submission = new Assignment(task.id(), "worker-1", NOW, Duration.ofHours(1), "turn")
            .submit("{}", NOW);

    @Test
    void workerCannotReviewOwnSubmission() {
        assertThat(FourEyes.conflictOf("worker-1", submission, task)).contains("worker");
    }

    @Test
    void requesterCannotReviewWorkOnOwnTask() {
        assertThat(FourEyes.conflictOf("requester-1", submission, task)).contains("requester");
    }

    @Test
    void anotherPersonMayReview() {
        assertThat(FourEyes.conflictOf("reviewer-1", submission, task)).isEmpty();
    }

    @Test
    void theReviewerWhoRejectedCannotDecideTheDisputeNorCanTheWorkerOrRequester() {
        submission.decide(Submission.Decision.REJECT, "reviewer-1", "wrong", NOW);
        Dispute dispute = new Dispute(submission, "it is right", NOW);

        assertThat(FourEyes.conflictOf("reviewer-1", dispute, submission, task)).contains("rejecting reviewer");
        assertThat(FourEyes.conflictOf("worker-1", dispute, submission, task)).contains("worker");
        assertThat(FourEyes.conflictOf("requester-1", dispute, submission, task)).contains("requester");
        assertThat(FourEyes.conflictOf("reviewer-2", dispute, submission, task)).isEmpty();
    }

    @Test
    void anyReviewerMayDecideTheDisputeOfAnAutomaticRejection() {
        submission.decide(Submission.Decision.REJECT, null, "decided automatically: differs", NOW);

        assertThat(FourEyes.conflictOf("reviewer-1", new Dispute(submission, "why", NOW), submission, task)).isEmpty();
    }
}
