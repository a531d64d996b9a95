package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.AssignmentPolicy.Choice;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.identity.domain.Person;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RoundRobinAssignmentPolicyTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final RoundRobinAssignmentPolicy policy = new RoundRobinAssignmentPolicy();

    @Test
    void nobodyIsChosenWhenNobodyIsEligible() {
        assertThat(policy.choose(List.of())).isEmpty();
    }

    @Test
    void theFirstInTurnIsChosenAndTheReasonSaysSo() {
        Person never = worker("worker-a");
        Person other = worker("worker-b");

        Optional<Choice> choice = policy.choose(List.of(never, other));

        assertThat(choice).get().extracting(Choice::worker).isSameAs(never);
        assertThat(choice.get().why()).isEqualTo("first in turn among 2 eligible (never assigned before)");
    }

    @Test
    void theReasonNamesWhenTheChosenWorkerWasLastAssigned() {
        Person earlier = worker("worker-b");
        earlier.recordAssignment(Instant.parse("2025-02-28T09:30:00Z"));

        Optional<Choice> choice = policy.choose(List.of(earlier));

        assertThat(choice).get().extracting(Choice::worker).isSameAs(earlier);
        assertThat(choice.get().why())
                .isEqualTo("first in turn among 1 eligible (last assigned 2025-02-28T09:30:00Z)");
    }

    @Test
    void thePolicyNamesItselfWithAVersion() {
        assertThat(policy.name()).isEqualTo("round-robin/1");
    }

    private static Person worker(String id) {
        return new Person(new Caller(id, id, Set.of(Caller.WORKER)), NOW);
    }
}
