package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.AssignmentPolicy.Choice;
import io.crowdflow.assignment.domain.Candidate;
import io.crowdflow.assignment.domain.Candidates;
import io.crowdflow.assignment.domain.TaskProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RoundRobinAssignmentPolicyTest {

    static final TaskProfile TASK = new TaskProfile("labeling", List.of("image"), 0, 0.5);

    private final RoundRobinAssignmentPolicy policy = new RoundRobinAssignmentPolicy();

    @Test
    void nobodyIsChosenWhenNobodyIsEligible() {
        assertThat(policy.choose(TASK, Candidates.of(List.of()))).isEmpty();
    }

    @Test
    void theFirstInTurnIsChosenAndTheReasonSaysSo() {
        Candidate never = candidate("worker-a", null);
        Candidate other = candidate("worker-b", null);

        Optional<Choice> choice = policy.choose(TASK, Candidates.of(List.of(never, other)));

        assertThat(choice.get().candidate().workerId()).isEqualTo("worker-a");
        assertThat(choice.get().index()).isZero();
        assertThat(choice.get().why()).isEqualTo("first in turn among 2 eligible (never assigned before)");
    }

    @Test
    void theReasonNamesWhenTheChosenWorkerWasLastAssigned() {
        Candidate earlier = candidate("worker-b", Instant.parse("2025-02-28T09:30:00Z"));

        Optional<Choice> choice = policy.choose(TASK, Candidates.of(List.of(earlier)));

        assertThat(choice.get().candidate().workerId()).isEqualTo("worker-b");
        assertThat(choice.get().candidate().lastAssignedAt()).isEqualTo(earlier.lastAssignedAt());
        assertThat(choice.get().why())
                .isEqualTo("first in turn among 1 eligible (last assigned 2025-02-28T09:30:00Z)");
    }

    @Test
    void thePolicyNamesItselfWithAVersion() {
        assertThat(policy.name()).isEqualTo("round-robin/1");
    }

    static Candidate candidate(String id, Instant lastAssignedAt) {
        return new Candidate(id, new double[16], lastAssignedAt);
    }
}
