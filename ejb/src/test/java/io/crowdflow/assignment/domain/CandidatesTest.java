package io.crowdflow.assignment.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandidatesTest {

    static final TaskProfile TASK = new TaskProfile("Labeling", List.of("image"), 0.5, 2.0);

    @Test
    void featuresWrittenInPlaceAreThoseOfTheRecordAsAVector() {
        Candidates candidates = new Candidates(2);
        WorkerRecord record = new WorkerRecord("w1", List.of("image", "text"), 7, 10, 3, 4, 9, 10, 2, 0.6,
                Instant.parse("2026-01-01T00:00:00Z"));
        candidates.add("w1", record.lastAssignedAt(), TASK, record, 5);

        assertThat(candidates.features(0)).containsExactly(AssignmentFeatures.of(TASK, record, 5));
        assertThat(candidates.feature(0, AssignmentFeatures.REPUTATION)).isEqualTo(record.reputation());
        assertThat(candidates.workerId(0)).isEqualTo("w1");
        assertThat(candidates.get(0).lastAssignedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void itGrowsBeyondItsFirstSizeWithoutMixingUpCandidatesAndIsReusedAfterClear() {
        Candidates candidates = new Candidates(4);
        for (int i = 0; i < 37; i++) {
            double[] x = new double[AssignmentFeatures.DIMENSION];
            x[AssignmentFeatures.BIAS] = 1;
            x[AssignmentFeatures.REPUTATION] = i / 100.0;
            candidates.add("w" + i, null, x);
        }
        assertThat(candidates.size()).isEqualTo(37);
        assertThat(candidates.stride()).isGreaterThanOrEqualTo(37);
        for (int i = 0; i < 37; i++) {
            assertThat(candidates.workerId(i)).isEqualTo("w" + i);
            assertThat(candidates.feature(i, AssignmentFeatures.REPUTATION)).isEqualTo(i / 100.0);
            assertThat(candidates.feature(i, AssignmentFeatures.BIAS)).isEqualTo(1.0);
        }
        double[] matrix = candidates.matrix();
        candidates.clear();
        assertThat(candidates.isEmpty()).isTrue();
        WorkerRecord newcomer = WorkerRecord.newcomer("n", List.of("image"), 0, null);
        candidates.add("n", null, TASK, newcomer, 5);
        assertThat(candidates.matrix()).isSameAs(matrix);     // the arrays are kept
        assertThat(candidates.features(0)).containsExactly(AssignmentFeatures.of(TASK, newcomer, 5));
        assertThatThrownBy(() -> candidates.workerId(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aVectorOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new Candidates(1).add("w", null, new double[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
