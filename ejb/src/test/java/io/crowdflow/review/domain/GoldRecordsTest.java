package io.crowdflow.review.domain;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.rules.review.WorkerGoldRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoldRecordsTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void thisTasksJudgementsAreAddedToTheWholeHistoryAndUnjudgedAnswersAreNot() {
        Submission right = answer("w1");
        right.judgeAgainstGold(true);
        Submission wrong = answer("w2");
        wrong.judgeAgainstGold(false);
        Submission ordinary = answer("w3");

        var records = GoldRecords.withJudgements(List.of(new WorkerGoldRecord("w1", 9, 8),
                new WorkerGoldRecord("w4", 3, 1)), List.of(right, wrong, ordinary));

        assertThat(records).containsOnlyKeys("w1", "w2", "w4");
        assertThat(records.get("w1")).isEqualTo(new WorkerGoldRecord("w1", 10, 9));
        assertThat(records.get("w2")).isEqualTo(new WorkerGoldRecord("w2", 1, 0));
        assertThat(records.get("w4")).isEqualTo(new WorkerGoldRecord("w4", 3, 1));
    }

    private static Submission answer(String worker) {
        return new Assignment("gold-task", worker, NOW, Duration.ofHours(1), "turn").submit("\"cat\"", NOW);
    }
}
