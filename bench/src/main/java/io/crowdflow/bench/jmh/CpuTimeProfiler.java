package io.crowdflow.bench.jmh;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * A JMH profiler that reports the CPU time the benchmark's worker threads spent per operation
 * ({@code cpu.time.norm}, µs/op), beside JMH's wall-clock score.
 *
 * <p>Why: this machine's two cores are shared with builds and servers, so a wall-clock average also counts the
 * time a worker waited for a core, and two benchmarks run minutes apart see different loads. The CPU time a
 * thread was actually given for its operations is much less sensitive to that (caches and frequency still are),
 * so comparisons such as "the platform's rule base against a raw Drools session" hold up on a busy machine.
 * It does not count the JIT's or the garbage collector's threads.
 *
 * <pre>java -jar bench/target/crowdflow-bench.jar ReviewRuleBenchmark -prof io.crowdflow.bench.jmh.CpuTimeProfiler</pre>
 */
public final class CpuTimeProfiler implements InternalProfiler {

    static final String WORKER_THREAD_MARK = "jmh-worker";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long cpuNanosBefore;

    public CpuTimeProfiler() {
        if (!threads.isThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
        }
        threads.setThreadCpuTimeEnabled(true);
    }

    @Override
    public String getDescription() {
        return "CPU time of the benchmark's worker threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuNanosBefore = workerCpuNanos();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                 IterationResult result) {
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0) {
            return List.of();
        }
        return List.of(new ScalarResult("cpu.time.norm", perOperationMicros(workerCpuNanos() - cpuNanosBefore, ops),
                "us/op", AggregationPolicy.AVG));
    }

    static double perOperationMicros(long cpuNanos, long ops) {
        return cpuNanos / 1_000.0 / ops;
    }

    /** The CPU time used so far by all live threads whose names mark them as JMH's workers. */
    long workerCpuNanos() {
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(WORKER_THREAD_MARK)) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos > 0) {
                    sum += nanos;
                }
            }
        }
        return sum;
    }
}
