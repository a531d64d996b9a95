package io.crowdflow.governance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the read audit's volume sane: the same reader reading the same item with the same outcome is recorded
 * once per window on a node (a reviewer's queue is polled every few seconds; one entry an hour says as much as
 * hundreds). Bounded: past {@code capacity} keys the expired ones are dropped, and if that is not enough, all.
 * Thread-safe.
 */
public final class ReadAuditThrottle {

    private final Duration window;
    private final int capacity;
    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    public ReadAuditThrottle(Duration window, int capacity) {
        this.window = window;
        this.capacity = capacity;
    }

    /** Whether a read with this key should be recorded now; if so, the window starts again for it. */
    public boolean shouldRecord(String key, Instant now) {
        boolean[] record = {false};
        lastRecorded.compute(key, (k, last) -> {
            if (last == null || !now.isBefore(last.plus(window))) {
                record[0] = true;
                return now;
            }
            return last;
        });
        if (record[0] && lastRecorded.size() > capacity) {
            evictExpired(now);
        }
        return record[0];
    }

    /** Forgets a key, so its next read is recorded (after its recording failed). */
    public void forget(String key) {
        lastRecorded.remove(key);
    }

    private void evictExpired(Instant now) {
        for (Iterator<Instant> it = lastRecorded.values().iterator(); it.hasNext(); ) {
            if (!now.isBefore(it.next().plus(window))) {
                it.remove();
            }
        }
        if (lastRecorded.size() > capacity) {
            lastRecorded.clear();
        }
    }

    int size() {
        return lastRecorded.size();
    }
}
