package io.crowdflow.bench.load;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PacerTest {

    @Test
    void lifecyclesAreDueEveryOneOverTheRateFromTheStart() {
        Pacer pacer = new Pacer(4.0, 1_000L);

        assertThat(pacer.dueAt(0)).isEqualTo(1_000L);
        assertThat(pacer.dueAt(1)).isEqualTo(1_000L + 250_000_000L);
        assertThat(pacer.dueAt(40)).isEqualTo(1_000L + 10_000_000_000L);
    }

    @Test
    void aRateThatIsNotAWholeNumberDoesNotDriftOverALongRun() {
        Pacer pacer = new Pacer(7.0, 0L);

        // 7 per second: lifecycle 7,000 is due after exactly 1,000 s, not 7,000 rounded intervals later
        assertThat(pacer.dueAt(7_000)).isEqualTo(1_000_000_000_000L);
        assertThat(pacer.dueAt(1)).isEqualTo(142_857_143L);
    }

    @Test
    void eachCallerGetsTheNextDueTimeInOrder() {
        Pacer pacer = new Pacer(10.0, 0L);

        assertThat(List.of(pacer.nextDue(), pacer.nextDue(), pacer.nextDue()))
                .containsExactly(0L, 100_000_000L, 200_000_000L);
    }

    @Test
    void concurrentClientsNeverShareADueTime() throws Exception {
        Pacer pacer = new Pacer(1000.0, 0L);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = IntStream.range(0, 8).<Future<?>>mapToObj(i -> pool.submit(() -> {
            for (int n = 0; n < 1000; n++) {
                seen.add(pacer.nextDue());
            }
        })).toList();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();

        assertThat(seen).hasSize(8000).contains(0L, 7_999_000_000L);
    }

    @Test
    void aDueTimeInThePastIsNotWaitedForAndReportsHowLateItIs() {
        long due = System.nanoTime() - 5_000_000_000L;

        assertThat(Pacer.awaitDue(due)).isGreaterThanOrEqualTo(5_000_000_000L);
    }

    @Test
    void aDueTimeInTheFutureIsWaitedFor() {
        long due = System.nanoTime() + 20_000_000L;

        long late = Pacer.awaitDue(due);

        assertThat(System.nanoTime()).isGreaterThanOrEqualTo(due);
        assertThat(late).isNotNegative();
    }

    @Test
    void aRateOfNothingOrLessIsRefused() {
        assertThatThrownBy(() -> new Pacer(0, 0L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pacer(-1, 0L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pacer(Double.NaN, 0L)).isInstanceOf(IllegalArgumentException.class);
    }
}
