package io.crowdflow.privacy.application;

import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.privacy.domain.dp.PrivacyBudget;
import io.crowdflow.privacy.domain.dp.PrivacyBudgetExhaustedException;
import io.crowdflow.privacy.domain.dp.StatisticsFacts;
import io.crowdflow.privacy.domain.dp.StatisticsStore;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatisticsServiceTest {

    /** The store as cf_privacy_budget and cf_stats_release would keep it. */
    static final class MapStore implements StatisticsStore {
        final Map<Instant, double[]> budgets = new HashMap<>();
        final Map<String, String> releases = new HashMap<>();
        StatisticsFacts facts = new StatisticsFacts(List.of(), List.of(), List.of());
        StatisticsFacts askedFacts;

        @Override
        public PrivacyBudget lockBudget(Instant periodStart, double limit) {
            double[] row = budgets.computeIfAbsent(periodStart, p -> new double[] {limit, 0});
            return new PrivacyBudget(periodStart, row[0], row[1]);
        }

        @Override
        public void saveBudget(PrivacyBudget budget) {
            budgets.get(budget.periodStart())[1] = budget.spent();
        }

        @Override
        public Optional<PrivacyBudget> budget(Instant periodStart) {
            double[] row = budgets.get(periodStart);
            return row == null ? Optional.empty() : Optional.of(new PrivacyBudget(periodStart, row[0], row[1]));
        }

        @Override
        public Optional<String> release(String query, Instant windowStart) {
            return Optional.ofNullable(releases.get(query + "@" + windowStart));
        }

        @Override
        public void addRelease(String query, Instant windowStart, double epsilon, Instant at, String resultJson) {
            releases.put(query + "@" + windowStart, resultJson);
        }

        @Override
        public StatisticsFacts facts(String currency) {
            askedFacts = facts;
            return facts;
        }
    }

    private final MapStore store = new MapStore();
    private final StatisticsService service = new StatisticsService();
    private Instant now = Instant.parse("2026-11-25T09:00:00Z");

    @BeforeEach
    void wire() {
        service.store = store;
        service.clock = () -> now;
        service.settings = new PrivacySettings() {
            @Override
            public Duration budgetPeriod() {
                return Duration.ofDays(1);
            }

            @Override
            public double epsilonPerPeriod() {
                return 1.0;
            }

            @Override
            public double epsilonPerQuery() {
                return 0.1;
            }

            @Override
            public Duration releaseInterval() {
                return Duration.ofHours(2);
            }

            @Override
            public int contributionLimit() {
                return 5;
            }

            @Override
            public String statsCurrency() {
                return "USD";
            }

            @Override
            public List<BigDecimal> earningsBuckets() {
                return List.of(BigDecimal.ZERO, BigDecimal.ONE);
            }
        };
        service.consents = new ConsentService() {
            @Override
            public Set<String> holdersOf(Purpose purpose) {
                assertThat(purpose).isEqualTo(Purpose.RESEARCH_ANALYTICS);
                return Set.of("consenting");
            }
        };
    }

    @Test
    void askingAgainInTheSameWindowAnswersTheStoredReleaseAndSpendsNothing() {
        JsonObject first = service.publicStatistics();
        assertThat(first.getJsonObject("budget").getJsonNumber("epsilonSpent").doubleValue()).isCloseTo(0.3,
                org.assertj.core.data.Offset.offset(1e-9));
        now = now.plusSeconds(3000);   // still 09:00-11:00
        JsonObject again = service.publicStatistics();
        assertThat(again.getJsonObject("queries")).isEqualTo(first.getJsonObject("queries"));
        assertThat(again.getJsonObject("budget").getJsonNumber("epsilonSpent").doubleValue()).isCloseTo(0.3,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aNewWindowSpendsAgainUntilTheDaysBudgetIsGoneThenTheAnswerIs429UntilTomorrow() {
        for (int window = 0; window < 3; window++) {   // 3 x 0.3 = 0.9
            service.publicStatistics();
            now = now.plus(Duration.ofHours(2));
        }
        assertThatThrownBy(service::publicStatistics).isInstanceOf(PrivacyBudgetExhaustedException.class)
                .satisfies(e -> assertThat(((PrivacyBudgetExhaustedException) e).retryAfter())
                        .isEqualTo(Instant.parse("2026-11-26T00:00:00Z")));
        assertThat(store.budgets.get(Instant.parse("2026-11-25T00:00:00Z"))[1]).isCloseTo(0.9,
                org.assertj.core.data.Offset.offset(1e-9));
        now = Instant.parse("2026-11-26T00:30:00Z");
        assertThat(service.publicStatistics().getJsonObject("budget").getJsonNumber("epsilonSpent").doubleValue())
                .isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theStatisticsAreComputedFromTheRowsOfPeopleWhoGrantedResearchAnalyticsOnly() {
        store.facts = new StatisticsFacts(
                List.of(new StatisticsFacts.PostedTask("consenting", "labeling", 1),
                        new StatisticsFacts.PostedTask("other", "labeling", 2)),
                List.of(new StatisticsFacts.Decision("other", "labeling", true, 1)),
                List.of(new StatisticsFacts.Earning("consenting", BigDecimal.TEN)));
        StatisticsFacts seen = service.consentingOnly(store.facts);
        assertThat(seen.tasks()).extracting(StatisticsFacts.PostedTask::requesterId).containsExactly("consenting");
        assertThat(seen.decisions()).isEmpty();
        assertThat(seen.earnings()).hasSize(1);
        JsonObject stats = service.publicStatistics();
        assertThat(stats.getJsonObject("queries").getJsonObject("tasks-per-type").getInt("sensitivity")).isEqualTo(5);
        assertThat(stats.getJsonObject("queries").getJsonObject("approval-rates").getJsonNumber("noiseScale")
                .doubleValue()).isEqualTo(100.0);
        assertThat(stats.getJsonObject("queries").getJsonObject("earnings-distribution").getJsonNumber("noiseScale")
                .doubleValue()).isEqualTo(10.0);
    }
}
