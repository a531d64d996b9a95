package io.crowdflow.review.domain;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.rules.review.WorkerGoldRecord;

/** Workers' records on gold questions of a type (docs/review.md#gold-questions). */
public final class GoldRecords {

    private GoldRecords() {
    }

    /**
     * The workers' whole-history records ({@code before}, not counting the task under review) with the gold
     * judgements of its submissions added: what their reputations show once the task is decided.
     */
    public static Map<String, WorkerGoldRecord> withJudgements(Collection<WorkerGoldRecord> before,
                                                               Collection<Submission> judged) {
        Map<String, int[]> counts = new TreeMap<>();
        before.forEach(r -> counts.put(r.workerId(), new int[]{r.answered(), r.correct()}));
        for (Submission s : judged) {
            if (s.goldCorrect() != null) {
                int[] c = counts.computeIfAbsent(s.workerId(), w -> new int[2]);
                c[0]++;
                c[1] += s.goldCorrect() ? 1 : 0;
            }
        }
        Map<String, WorkerGoldRecord> records = new TreeMap<>();
        counts.forEach((worker, c) -> records.put(worker, new WorkerGoldRecord(worker, c[0], c[1])));
        return records;
    }
}
