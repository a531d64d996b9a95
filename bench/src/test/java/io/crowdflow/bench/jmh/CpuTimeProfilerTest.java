package io.crowdflow.bench.jmh;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CpuTimeProfilerTest {

    @Test
    void aWorkerThreadThatSpinsIsCountedAndOneThatSleepsIsNot() throws Exception {
        CpuTimeProfiler profiler = new CpuTimeProfiler();
        long before = profiler.workerCpuNanos();
        AtomicLong sink = new AtomicLong();
        Thread spinner = new Thread(() -> {
            long end = System.nanoTime() + 200_000_000L;
            long x = 0;
            while (System.nanoTime() < end) {
                x += System.nanoTime() % 7;
            }
            sink.set(x);
            parkForever();
        }, "bench-jmh-worker-1");
        Thread sleeper = new Thread(CpuTimeProfilerTest::parkForever, "bench-jmh-worker-2");
        Thread other = new Thread(() -> {
            long end = System.nanoTime() + 200_000_000L;
            while (System.nanoTime() < end) {
                sink.incrementAndGet();
            }
            parkForever();
        }, "not-a-worker");
        spinner.setDaemon(true);
        sleeper.setDaemon(true);
        other.setDaemon(true);
        spinner.start();
        sleeper.start();
        other.start();
        spinner.join(1_000);
        Thread.sleep(300);

        long counted = profiler.workerCpuNanos() - before;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long spinnerCpu = mx.getThreadCpuTime(spinner.getId());
        long otherCpu = mx.getThreadCpuTime(other.getId());
        assertThat(spinnerCpu).isGreaterThan(20_000_000L);
        assertThat(otherCpu).isGreaterThan(20_000_000L);
        // the spinner's CPU time, the sleeper's almost nothing, and not the other thread's
        assertThat(counted).isBetween(spinnerCpu - 1_000_000L, spinnerCpu + 10_000_000L);
    }

    @Test
    void cpuTimeIsReportedInMicrosecondsPerOperation() {
        assertThat(CpuTimeProfiler.perOperationMicros(3_000_000L, 1_000)).isCloseTo(3.0, within(1e-9));
    }

    private static void parkForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
