package io.crowdflow.assignment.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final Submission submission = new Assignment("task-1", "worker-1", NOW, Duration.ofHours(1), "turn")
            .submit("{\"label\":\"cat\"}", NOW.plusSeconds(60));

    @Test
    void anAcceptedSubmissionRecordsWhoDecidedWhenAndWhy() {
        submission.decide(Submission.Decision.ACCEPT, "reviewer-1", "correct label", NOW.plusSeconds(120));

        assertThat(submission.isAccepted()).isTrue();
        assertThat(submission.decision()).isEqualTo(Submission.Decision.ACCEPT);
        assertThat(submission.reviewerId()).isEqualTo("reviewer-1");
        assertThat(submission.decisionReason()).isEqualTo("correct label");
        assertThat(submission.decidedAt()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void aRejectedSubmissionIsNotAccepted() {
        submission.decide(Submission.Decision.REJECT, "reviewer-1", "wrong label", NOW.plusSeconds(120));

        assertThat(submission.isAccepted()).isFalse();
        assertThat(submission.decision()).isEqualTo(Submission.Decision.REJECT);
    }

    @Test
    void aSubmissionCannotBeDecidedTwiceAndTheFirstDecisionStands() {
        submission.decide(Submission.Decision.REJECT, "reviewer-1", "wrong label", NOW.plusSeconds(120));

        assertThatThrownBy(() -> submission.decide(Submission.Decision.ACCEPT, "reviewer-2", "looks fine",
                NOW.plusSeconds(180)))
                .isInstanceOf(AlreadyDecidedException.class)
                .hasMessageContaining(submission.id());
        assertThat(submission.decision()).isEqualTo(Submission.Decision.REJECT);
        assertThat(submission.reviewerId()).isEqualTo("reviewer-1");
        assertThat(submission.decidedAt()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void removingContentDropsTheAnswerButKeepsTheDecision() {
        submission.decide(Submission.Decision.ACCEPT, "reviewer-1", "ok", NOW.plusSeconds(120));

        submission.removeContent();

        assertThat(submission.answerJson()).isNull();
        assertThat(submission.isAccepted()).isTrue();
    }

    @Test
    void anAnswerToAGoldQuestionIsJudgedOnceAndTheFirstJudgementStands() {
        assertThat(submission.goldCorrect()).isNull();

        submission.judgeAgainstGold(false);
        submission.judgeAgainstGold(true);
        submission.removeContent();

        assertThat(submission.goldCorrect()).isFalse();
    }
}
