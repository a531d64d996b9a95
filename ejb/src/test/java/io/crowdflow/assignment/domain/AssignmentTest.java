package io.crowdflow.assignment.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignmentTest {

    static final Instant ASSIGNED_AT = Instant.parse("2025-03-01T10:00:00Z");
    static final Instant LATER = ASSIGNED_AT.plusSeconds(600);

    private final Assignment assignment =
            new Assignment("task-1", "worker-1", ASSIGNED_AT, Duration.ofHours(2), "first in turn");

    @Test
    void aNewAssignmentIsOpenAndDueAfterTheTasksDeadline() {
        assertThat(assignment.id()).isNotBlank();
        assertThat(assignment.isOpen()).isTrue();
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.ASSIGNED);
        assertThat(assignment.assignedAt()).isEqualTo(ASSIGNED_AT);
        assertThat(assignment.dueAt()).isEqualTo(Instant.parse("2025-03-01T12:00:00Z"));
        assertThat(assignment.closedAt()).isNull();
        assertThat(assignment.reason()).isEqualTo("first in turn");
    }

    @Test
    void anAssignmentKeepsItsTasksTypeAndWhetherItIsAGoldCopyForTheWorkersGoldCounts() {
        Assignment ordinary = new Assignment("task-2", "worker-1", ASSIGNED_AT, Duration.ofHours(2), "turn")
                .ofTask("image-label", false);
        Assignment gold = new Assignment("task-3", "worker-1", ASSIGNED_AT, Duration.ofHours(2), "gold")
                .ofTask("image-label", true);

        assertThat(ordinary.taskType()).isEqualTo("image-label");
        assertThat(ordinary.isGold()).isFalse();
        assertThat(gold.isGold()).isTrue();
        assertThat(assignment.isGold()).as("made without its task's kind").isFalse();
    }

    @Test
    void anAssignmentBelongsOnlyToItsWorker() {
        assertThat(assignment.belongsTo("worker-1")).isTrue();
        assertThat(assignment.belongsTo("worker-2")).isFalse();
    }

    @Test
    void submittingClosesTheAssignmentAndMakesAnUndecidedSubmission() {
        Submission submission = assignment.submit("{\"label\":\"cat\"}", LATER);

        assertThat(assignment.status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(assignment.isOpen()).isFalse();
        assertThat(assignment.closedAt()).isEqualTo(LATER);
        assertThat(submission.id()).isNotBlank().isNotEqualTo(assignment.id());
        assertThat(submission.assignmentId()).isEqualTo(assignment.id());
        assertThat(submission.taskId()).isEqualTo("task-1");
        assertThat(submission.workerId()).isEqualTo("worker-1");
        assertThat(submission.answerJson()).isEqualTo("{\"label\":\"cat\"}");
        assertThat(submission.submittedAt()).isEqualTo(LATER);
        assertThat(submission.decision()).isNull();
        assertThat(submission.isAccepted()).isFalse();
    }

    @Test
    void aWorkerCannotSubmitTwice() {
        assignment.submit("{}", LATER);

        assertThatThrownBy(() -> assignment.submit("{}", LATER.plusSeconds(1)))
                .isInstanceOf(AssignmentNotOpenException.class)
                .hasMessageContaining("submitted");
        assertThat(assignment.closedAt()).isEqualTo(LATER);
    }

    @Test
    void expiringClosesAnOpenAssignment() {
        assignment.expire(LATER);

        assertThat(assignment.status()).isEqualTo(AssignmentStatus.EXPIRED);
        assertThat(assignment.isOpen()).isFalse();
        assertThat(assignment.closedAt()).isEqualTo(LATER);
    }

    @Test
    void anExpiredAssignmentTakesNoMoreWork() {
        assignment.expire(LATER);

        assertThatThrownBy(() -> assignment.submit("{}", LATER))
                .isInstanceOf(AssignmentNotOpenException.class)
                .hasMessageContaining("expired");
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.EXPIRED);
    }

    @Test
    void aSubmittedAssignmentCannotExpire() {
        assignment.submit("{}", LATER);

        assertThatThrownBy(() -> assignment.expire(LATER.plusSeconds(1)))
                .isInstanceOf(AssignmentNotOpenException.class);
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.SUBMITTED);
    }

    @Test
    void aSubmissionAfterTheDeadlineIsRefusedAndTheAssignmentStaysOpenForTheTimer() {
        assertThatThrownBy(() -> assignment.submit("{}", assignment.dueAt().plusMillis(1)))
                .isInstanceOf(AssignmentDeadlinePassedException.class)
                .hasMessageContaining("was due");
        assertThat(assignment.isOpen()).isTrue();
        assertThat(assignment.submit("{}", assignment.dueAt()).workerId()).isEqualTo("worker-1");
    }

    @Test
    void anAssignmentWithoutAFeatureVectorHasNothingToLearnAndIsBornLearned() {
        Assignment withoutConsent = new Assignment("task-1", "worker-1", ASSIGNED_AT, Duration.ofHours(2),
                "first in turn", "linucb/1", null);
        Assignment profiled = new Assignment("task-1", "worker-2", ASSIGNED_AT, Duration.ofHours(2),
                "best score", "linucb/1", "[0.5,1.0]");

        assertThat(withoutConsent.awaitsLearning()).isFalse();
        assertThat(assignment.awaitsLearning()).isFalse();
        assertThat(profiled.awaitsLearning()).isTrue();
    }
}
