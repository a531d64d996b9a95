package io.crowdflow.assignment.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AssignmentFeaturesTest {

    static final TaskProfile TASK = new TaskProfile("labeling", List.of("image"), 0.5, 0.5);

    @Test
    void aNewcomerHasNeutralReputationAndNoExperience() {
        double[] x = AssignmentFeatures.of(TASK, WorkerRecord.newcomer("w", List.of("image"), 0, null), 5);

        assertThat(x).hasSize(AssignmentFeatures.DIMENSION);
        assertThat(x[AssignmentFeatures.BIAS]).isEqualTo(1);
        assertThat(x[AssignmentFeatures.SKILL_MATCH]).isEqualTo(1);
        assertThat(x[AssignmentFeatures.REPUTATION]).isEqualTo(0.5);
        assertThat(x[AssignmentFeatures.REPUTATION_OF_TYPE]).isEqualTo(0.5);
        assertThat(x[AssignmentFeatures.EXPERIENCE_OF_TYPE]).isZero();
        assertThat(x[AssignmentFeatures.AFFINITY]).isZero();
        assertThat(x[AssignmentFeatures.WORKLOAD]).isZero();
        assertThat(x[AssignmentFeatures.ON_TIME]).isEqualTo(0.5);
        assertThat(x[AssignmentFeatures.DIFFICULTY]).isEqualTo(0.5);
    }

    @Test
    void theTrackRecordShapesReputationWorkloadAndTimeliness() {
        WorkerRecord record = new WorkerRecord("w", List.of("image", "text"), 8, 10, 3, 3, 9, 10, 2, 0, null);

        double[] x = AssignmentFeatures.of(TASK, record, 5);

        assertThat(x[AssignmentFeatures.SKILL_MATCH]).isEqualTo(0.5);
        assertThat(x[AssignmentFeatures.REPUTATION]).isCloseTo(9 / 12.0, within(1e-12));
        assertThat(x[AssignmentFeatures.REPUTATION_OF_TYPE]).isCloseTo(4 / 5.0, within(1e-12));
        assertThat(x[AssignmentFeatures.EXPERIENCE_OF_TYPE]).isCloseTo(3 / 8.0, within(1e-12));
        assertThat(x[AssignmentFeatures.WORKLOAD]).isEqualTo(0.4);
        assertThat(x[AssignmentFeatures.ON_TIME]).isCloseTo(10 / 12.0, within(1e-12));
        assertThat(x[AssignmentFeatures.REPUTATION_OF_TYPE_UPPER]).isCloseTo(0.8 + Math.sqrt(0.8 * 0.2 / 5), within(1e-12));
    }

    @Test
    void everyFeatureLiesBetweenZeroAndOneAndExactlyOneTypeBucketIsSet() {
        TaskProfile rich = new TaskProfile("translation", List.of(), 1, 1_000_000);
        double[] x = AssignmentFeatures.of(rich, new WorkerRecord("w", List.of(), 0, 0, 0, 0, 0, 0, 9, 3, null), 5);

        for (double v : x) {
            assertThat(v).isBetween(0.0, 1.0);
        }
        double buckets = 0;
        for (int i = AssignmentFeatures.TYPE; i < AssignmentFeatures.DIMENSION; i++) {
            buckets += x[i];
        }
        assertThat(buckets).isEqualTo(1);
    }

    @Test
    void theEncodingRoundTripsAndTheDescriptionNamesTheFeatures() {
        double[] x = AssignmentFeatures.of(TASK, new WorkerRecord("w", List.of("image"), 1, 2, 1, 2, 1, 2, 1, 0, null), 5);

        assertThat(AssignmentFeatures.decode(AssignmentFeatures.encode(x))).containsExactly(x, within(1e-5));
        assertThat(AssignmentFeatures.describe(x)).startsWith("skill=1.00 rep=0.50 repType=0.50");
        assertThat(AssignmentFeatures.NAMES).hasSize(AssignmentFeatures.DIMENSION);
    }

    @Test
    void difficultyComesFromRedundancy() {
        assertThat(TaskProfile.difficultyFromRedundancy(1)).isZero();
        assertThat(TaskProfile.difficultyFromRedundancy(3)).isEqualTo(0.5);
        assertThat(TaskProfile.difficultyFromRedundancy(10)).isEqualTo(1);
    }
}
