package io.crowdflow.bench.load;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop pacing ({@code --rate}): lifecycle {@code k} of a run is due at {@code start + k / rate}, whatever
 * happened to the earlier ones; each free client takes the next due time and waits for it. The load offered is
 * then the rate, not what the platform lets a fixed number of clients do (a closed loop, where every slow answer
 * also slows the next request down and hides the queue). When every client is busy at a due time the lifecycle
 * starts late; the driver reports that delay and the latency of the whole lifecycle from its due time, so a
 * platform that cannot keep up shows it instead of being offered less (coordinated omission).
 */
final class Pacer {

    private final long startNanos;
    private final double intervalNanos;
    private final AtomicLong next = new AtomicLong();

    Pacer(double lifecyclesPerSecond, long startNanos) {
        if (!(lifecyclesPerSecond > 0) || Double.isInfinite(lifecyclesPerSecond)) {
            throw new IllegalArgumentException("rate must be a positive number of lifecycles per second: "
                    + lifecyclesPerSecond);
        }
        this.startNanos = startNanos;
        this.intervalNanos = 1e9 / lifecyclesPerSecond;
    }

    /** When lifecycle {@code k} (from 0) is due, on the {@link System#nanoTime()} scale. */
    long dueAt(long k) {
        return startNanos + Math.round(k * intervalNanos);
    }

    /** The next lifecycle's due time; every caller gets a different one, in order. */
    long nextDue() {
        return dueAt(next.getAndIncrement());
    }

    /** Waits until {@code due} (at once if it has passed); returns how late the wait ended, in nanoseconds. */
    static long awaitDue(long due) {
        long now;
        while ((now = System.nanoTime()) < due) {
            LockSupport.parkNanos(due - now);
            if (Thread.currentThread().isInterrupted()) {
                throw new Http.CallFailed("interrupted");
            }
        }
        return now - due;
    }
}
