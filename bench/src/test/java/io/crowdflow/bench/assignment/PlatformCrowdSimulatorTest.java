package io.crowdflow.bench.assignment;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformCrowdSimulatorTest {

    @Test
    void theDemoWorkersLatentAccuraciesAreRepeatableWithTheSeedAndWithinTheirRange() {
        Map<String, double[]> one = PlatformCrowdSimulator.latentAccuracies(7);
        Map<String, double[]> again = PlatformCrowdSimulator.latentAccuracies(7);
        assertThat(one).containsOnlyKeys("worker1", "worker2", "worker3");
        one.forEach((worker, accuracy) -> {
            assertThat(accuracy).containsExactly(again.get(worker));
            for (double a : accuracy) {
                assertThat(a).isBetween(0.2, 0.95);
            }
        });
        assertThat(PlatformCrowdSimulator.latentAccuracies(8).get("worker1")).isNotEqualTo(one.get("worker1"));
    }

    @Test
    void theReportComparesEachHalfWithWhatTheOracleWouldHaveExpected() {
        Map<String, double[]> accuracy = Map.of("worker1", new double[]{0.9, 0.3}, "worker2", new double[]{0.5, 0.8},
                "worker3", new double[]{0.2, 0.2});
        List<PlatformCrowdSimulator.Step> steps = List.of(
                new PlatformCrowdSimulator.Step(0, "worker3", "linucb/2", false, 0.2, 0.9),
                new PlatformCrowdSimulator.Step(1, "worker1", "linucb/2", true, 0.3, 0.8),
                new PlatformCrowdSimulator.Step(0, "worker1", "linucb/2", true, 0.9, 0.9),
                new PlatformCrowdSimulator.Step(1, "worker2", "linucb/2", true, 0.8, 0.8));

        String report = PlatformCrowdSimulator.report(steps, accuracy, 1.0);

        assertThat(report).contains("policies named in the reasons: [linucb/2]")
                .contains("| first half (1-2) | 0.500 | 0.250 | 0.850 | 29.4 % | 0 of 2 |")
                .contains("| second half (3-4) | 1.000 | 0.850 | 0.850 | 100.0 % | 2 of 2 |")
                .contains("labeling worker1=1 worker2=0 worker3=0");
    }

    @Test
    void thePersonsIdIsTheTokensSubject() {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"3f1c-id\",\"preferred_username\":\"requester\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(PlatformCrowdSimulator.subject("eyJhbGciOiJSUzI1NiJ9." + payload + ".signature")).isEqualTo("3f1c-id");
    }
}
