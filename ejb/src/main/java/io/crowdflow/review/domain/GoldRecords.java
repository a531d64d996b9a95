package io.crowdflow.review.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.crowdflow.rules.review.WorkerGoldRecord;

/** Workers' records on gold questions, counted from past answers of a type (case and spacing ignored). */
public final class GoldRecords {

    private GoldRecords() {
    }

    /** One record per worker in {@code workers} who answered at least one gold question in {@code past}. */
    public static List<WorkerGoldRecord> of(Collection<ReviewHistory.PastAnswer> past, Collection<String> workers) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ReviewHistory.PastAnswer answer : past) {
            if (answer.goldAnswer() == null || !workers.contains(answer.workerId())) {
                continue;
            }
            int[] c = counts.computeIfAbsent(answer.workerId(), w -> new int[2]);
            c[0]++;
            if (normalise(answer.text()).equals(normalise(answer.goldAnswer()))) {
                c[1]++;
            }
        }
        List<WorkerGoldRecord> records = new ArrayList<>(counts.size());
        counts.forEach((worker, c) -> records.add(new WorkerGoldRecord(worker, c[0], c[1])));
        return records;
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
