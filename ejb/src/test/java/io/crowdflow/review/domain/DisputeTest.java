package io.crowdflow.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.Submission;
import org.junit.jupiter.api.Test;

class DisputeTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final Submission submission = new Assignment("task-1", "worker-1", NOW, Duration.ofHours(1), "turn")
            .submit("\"dog\"", NOW);

    @Test
    void onlyARejectedSubmissionCanBeDisputed() {
        assertThatThrownBy(() -> new Dispute(submission, "why", NOW)).isInstanceOf(DisputeNotPossibleException.class);
        submission.decide(Submission.Decision.ACCEPT, "reviewer-1", "ok", NOW);
        assertThatThrownBy(() -> new Dispute(submission, "why", NOW)).isInstanceOf(DisputeNotPossibleException.class);
    }

    @Test
    void aDisputeRemembersWhoRejectedAndIsDecidedOnceFinally() {
        submission.decide(Submission.Decision.REJECT, "reviewer-1", "wrong", NOW);
        Dispute dispute = new Dispute(submission, "it is a dog", NOW);
        assertThat(dispute.rejectedBy()).isEqualTo("reviewer-1");
        assertThat(dispute.isOpen()).isTrue();

        dispute.decide(Dispute.Outcome.UPHELD, "reviewer-2", "right after all", NOW.plusSeconds(60));

        assertThat(dispute.isOpen()).isFalse();
        assertThat(dispute.decision()).isEqualTo(Dispute.Outcome.UPHELD);
        assertThatThrownBy(() -> dispute.decide(Dispute.Outcome.DISMISSED, "reviewer-3", "no", NOW))
                .isInstanceOf(DisputeAlreadyDecidedException.class);
    }

    @Test
    void anUpheldDisputeTurnsTheRejectionIntoAnAcceptance() {
        submission.decide(Submission.Decision.REJECT, null, "decided automatically: differs", NOW);

        submission.acceptOnDispute("reviewer-2", "dispute upheld: right", NOW.plusSeconds(5));

        assertThat(submission.isAccepted()).isTrue();
        assertThat(submission.reviewerId()).isEqualTo("reviewer-2");
        assertThat(submission.decisionReason()).isEqualTo("dispute upheld: right");
        assertThatThrownBy(() -> submission.acceptOnDispute("reviewer-3", "again", NOW))
                .isInstanceOf(IllegalStateException.class);
    }
}
