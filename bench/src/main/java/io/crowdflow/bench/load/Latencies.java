package io.crowdflow.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Latencies per call name, in nanoseconds, and error counts; percentiles by sorting (runs are small). */
public final class Latencies {

    private final Map<String, List<Long>> samples = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();
    private final AtomicBoolean recording = new AtomicBoolean(true);

    void recording(boolean on) {
        recording.set(on);
    }

    synchronized void record(String call, long nanos, boolean error) {
        if (!recording.get()) {
            return;
        }
        samples.computeIfAbsent(call, c -> new ArrayList<>()).add(nanos);
        if (error) {
            errors.merge(call, 1, Integer::sum);
        }
    }

    synchronized void error(String call) {
        if (recording.get()) {
            errors.merge(call, 1, Integer::sum);
        }
    }

    synchronized int totalErrors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A markdown table: call, count, errors, p50, p95, p99, max (ms). */
    public synchronized String table() {
        StringBuilder out = new StringBuilder("| call | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (var entry : samples.entrySet()) {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            Collections.sort(sorted);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", entry.getKey(),
                    sorted.size(), errors.getOrDefault(entry.getKey(), 0), ms(pct(sorted, 50)), ms(pct(sorted, 95)),
                    ms(pct(sorted, 99)), ms(sorted.get(sorted.size() - 1))));
        }
        return out.toString();
    }

    static long pct(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
