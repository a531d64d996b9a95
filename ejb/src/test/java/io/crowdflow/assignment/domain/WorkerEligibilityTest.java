package io.crowdflow.assignment.domain;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.identity.domain.Person;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerEligibilityTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final WorkerEligibility eligibility = new WorkerEligibility("requester-1", List.of("english", "vision"),
            Set.of("expired-worker"), Map.of("busy-worker", 3L, "half-busy-worker", 2L), 3);

    @Test
    void aSkilledWorkerWithCapacityWhoIsNotTheRequesterIsEligible() {
        WorkerEligibility.Verdict verdict = judge(worker("worker-1", "english", "vision", "sql"));

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.exclusion()).isNull();
    }

    @Test
    void aWorkerWithOpenAssignmentsBelowCapacityIsEligible() {
        assertThat(judge(worker("half-busy-worker", "english", "vision")).eligible()).isTrue();
    }

    @Test
    void somebodyWithoutTheWorkerRoleIsExcluded() {
        Person reviewer = new Person(new Caller("reviewer-1", "rev", Set.of(Caller.REVIEWER)), NOW);
        reviewer.changeSkills(List.of("english", "vision"));

        assertExcluded(judge(reviewer), "not a worker");
    }

    @Test
    void theRequesterCannotWorkOnTheirOwnTask() {
        assertExcluded(judge(worker("requester-1", "english", "vision")), "is the task's requester");
    }

    @Test
    void aWorkerMissingARequiredSkillIsExcluded() {
        assertExcluded(judge(worker("worker-1", "english")), "lacks a required skill");
    }

    @Test
    void aWorkerWhoAlreadyHeldASlotDoesNotGetTheTaskBack() {
        assertExcluded(judge(worker("expired-worker", "english", "vision")), "already held a slot of this task");
    }

    @Test
    void aWorkerAtCapacityIsExcluded() {
        assertExcluded(judge(worker("busy-worker", "english", "vision")), "at capacity (3 open assignments)");
    }

    @Test
    void aWorkerAnEligibilityRuleExcludesGetsNoSlotAndTheRuleIsTheReason() {
        String rule = "A worker with low accuracy on the type's gold questions is not eligible";
        WorkerEligibility ruled = new WorkerEligibility("requester-1", List.of(), Set.of(), Map.of(), 3,
                Map.of("worker-1", rule));

        List<WorkerEligibility.Verdict> verdicts = ruled.judge(List.of(worker("worker-1"), worker("worker-2")));

        assertThat(verdicts.get(0).eligible()).isFalse();
        assertThat(verdicts.get(0).exclusion()).isEqualTo(rule);
        assertThat(verdicts.get(1).eligible()).isTrue();
    }

    @Test
    void aTaskWithoutRequiredSkillsIsOpenToEveryWorker() {
        WorkerEligibility noSkills = new WorkerEligibility("requester-1", List.of(), Set.of(), Map.of(), 1);

        assertThat(noSkills.judge(List.of(worker("worker-1"))).get(0).eligible()).isTrue();
    }

    @Test
    void everyCandidateGetsAVerdictInTheOrderGiven() {
        Person first = worker("worker-1", "english", "vision");
        Person second = worker("worker-2");
        Person third = worker("worker-3", "vision", "english");

        List<WorkerEligibility.Verdict> verdicts = eligibility.judge(List.of(first, second, third));

        assertThat(verdicts).extracting(WorkerEligibility.Verdict::person).containsExactly(first, second, third);
        assertThat(verdicts).extracting(WorkerEligibility.Verdict::eligible).containsExactly(true, false, true);
    }

    private WorkerEligibility.Verdict judge(Person person) {
        List<WorkerEligibility.Verdict> verdicts = eligibility.judge(List.of(person));
        assertThat(verdicts).hasSize(1);
        return verdicts.get(0);
    }

    private static void assertExcluded(WorkerEligibility.Verdict verdict, String why) {
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.exclusion()).isEqualTo(why);
    }

    private static Person worker(String id, String... skills) {
        Person person = new Person(new Caller(id, id, Set.of(Caller.WORKER)), NOW);
        person.changeSkills(List.of(skills));
        return person;
    }
}
