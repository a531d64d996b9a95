package io.crowdflow.assignment.application;

import io.crowdflow.assignment.domain.AssignmentRepository.TrackRecord;
import io.crowdflow.assignment.domain.ProcessingConsents;
import io.crowdflow.assignment.domain.WorkerRecord;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.identity.domain.Person;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentServiceTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aWorkerWithoutConsentToATaskNeededPurposeIsExcludedWithTheReasonAndGoldExclusionsStay() {
        Person ann = worker("ann");
        Person bob = worker("bob");
        Person cem = worker("cem");
        ProcessingConsents onlyAnnConsents = (purpose, ids) -> ids.stream()
                .filter(id -> !(purpose.equals("personal-data-processing") && id.equals("ann")))
                .collect(java.util.stream.Collectors.toSet());

        var exclusions = AssignmentService.ruleExclusions(java.util.Map.of("cem", "low gold accuracy"),
                Set.of("personal-data-processing"), List.of(ann, bob, cem), onlyAnnConsents);

        assertThat(exclusions).containsOnlyKeys("bob", "cem");
        assertThat(exclusions.get("bob")).isEqualTo(
                "has not consented to personal-data-processing, which this task's content needs");
        assertThat(exclusions.get("cem")).isEqualTo("low gold accuracy");
    }

    @Test
    void aTaskThatNeedsNoConsentAsksForNone() {
        ProcessingConsents unreachable = (purpose, ids) -> {
            throw new AssertionError("no consent should be asked for");
        };

        assertThat(AssignmentService.ruleExclusions(java.util.Map.of(), Set.of(), List.of(worker("ann")), unreachable))
                .isEmpty();
    }

    @Test
    void aWorkerWhoConsentsToProfilingIsSeenWithTheirTrackRecord() {
        Person worker = worker();
        WorkerRecord record = AssignmentService.recordOf(worker, new TrackRecord(8, 10, 3, 4, 9, 10), 2, true, 0.75);

        assertThat(record.accepted()).isEqualTo(8);
        assertThat(record.decidedOfType()).isEqualTo(4);
        assertThat(record.affinity()).isEqualTo(0.75);
        assertThat(record.open()).isEqualTo(2);
        assertThat(record.skills()).containsExactly("image");
    }

    @Test
    void aWorkerWithoutProfilingConsentIsSeenAsANewcomerWithTheirSkillsAndWorkload() {
        Person worker = worker();
        WorkerRecord record = AssignmentService.recordOf(worker, new TrackRecord(8, 10, 3, 4, 9, 10), 2, false, 0.75);

        assertThat(record.decided()).isZero();
        assertThat(record.closed()).isZero();
        assertThat(record.reputation()).isEqualTo(0.5);
        assertThat(record.affinity()).isZero();
        assertThat(record.open()).isEqualTo(2);
        assertThat(record.skills()).containsExactly("image");
    }

    @Test
    void reviewsEstimatedReputationOnTheTypeIsTheRepTypeFeatureInsteadOfTheAcceptedShare() {
        Person worker = worker();
        TrackRecord track = new TrackRecord(8, 10, 3, 4, 9, 10);

        WorkerRecord estimated = AssignmentService.recordOf(worker, track, 2, true, 0.75, 0.91);
        WorkerRecord counted = AssignmentService.recordOf(worker, track, 2, true, 0.75, Double.NaN);

        assertThat(estimated.reputationOfType()).isEqualTo(0.91);
        assertThat(counted.reputationOfType()).isEqualTo((3 + 1.0) / (4 + 2.0));
        assertThat(estimated.reputation()).as("the overall reputation stays the accepted share")
                .isEqualTo(counted.reputation());
    }

    @Test
    void withoutProfilingConsentTheEstimatedReputationIsNotUsedEither() {
        WorkerRecord record = AssignmentService.recordOf(worker(), new TrackRecord(8, 10, 3, 4, 9, 10), 2, false, 0.75,
                0.91);

        assertThat(record.reputationOfType()).isEqualTo(0.5);
    }

    private static Person worker(String id) {
        return new Person(new Caller(id, id, Set.of(Caller.WORKER)), NOW);
    }

    private static Person worker() {
        Person person = new Person(new Caller("w", "w", Set.of(Caller.WORKER)), NOW);
        person.changeSkills(List.of("image"));
        return person;
    }
}
