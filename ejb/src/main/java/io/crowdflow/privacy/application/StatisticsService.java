package io.crowdflow.privacy.application;

import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.privacy.domain.dp.LaplaceMechanism;
import io.crowdflow.privacy.domain.dp.PrivacyBudget;
import io.crowdflow.privacy.domain.dp.PublicStatistics;
import io.crowdflow.privacy.domain.dp.StatisticsFacts;
import io.crowdflow.privacy.domain.dp.StatisticsStore;
import io.crowdflow.shared.domain.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.StringReader;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public statistics with differential privacy (docs/governance.md). Each query's release is made
 * once per release window and stored; asking again in the window answers the stored release and spends
 * nothing (re-asking a noisy query would average the noise away). A new release spends
 * {@code epsilon-per-query} of the period's budget; when the budget cannot pay, 429.
 * Only rows of people who granted research-analytics are counted.
 */
@Stateless
public class StatisticsService {

    public static final List<String> TASK_TYPES = List.of("labeling", "content-moderation", "translation", "survey",
            "transcription", "data-collection", "other");
    static final String TASKS_PER_TYPE = "tasks-per-type";
    static final String APPROVAL_RATES = "approval-rates";
    static final String EARNINGS = "earnings-distribution";
    static final List<String> QUERIES = List.of(TASKS_PER_TYPE, APPROVAL_RATES, EARNINGS);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StatisticsStore store;

    @Inject
    ConsentService consents;

    @Inject
    PrivacySettings settings;

    @Inject
    Clock clock;

    public JsonObject publicStatistics() {
        Instant now = clock.now();
        Instant window = floor(now, settings.releaseInterval());
        Instant period = floor(now, settings.budgetPeriod());
        double epsilon = settings.epsilonPerQuery();
        JsonObjectBuilder queries = Json.createObjectBuilder();
        List<String> missing = new ArrayList<>();
        for (String query : QUERIES) {
            store.release(query, window).ifPresentOrElse(json -> queries.add(query, parse(json)), () -> missing.add(query));
        }
        PrivacyBudget budget;
        if (missing.isEmpty()) {
            budget = store.budget(period).orElse(new PrivacyBudget(period, settings.epsilonPerPeriod(), 0));
        } else {
            budget = store.lockBudget(period, settings.epsilonPerPeriod());
            List<String> stillMissing = new ArrayList<>();
            for (String query : missing) {   // another node may have released it while we waited for the lock
                store.release(query, window).ifPresentOrElse(json -> queries.add(query, parse(json)),
                        () -> stillMissing.add(query));
            }
            if (!stillMissing.isEmpty()) {
                budget.spend(epsilon * stillMissing.size(), period.plus(settings.budgetPeriod()));
                StatisticsFacts facts = consentingOnly(store.facts(settings.statsCurrency()));
                LaplaceMechanism laplace = new LaplaceMechanism(RANDOM);
                for (String query : stillMissing) {
                    JsonObject result = release(query, facts, laplace, epsilon, now);
                    store.addRelease(query, window, epsilon, now, result.toString());
                    queries.add(query, result);
                }
                store.saveBudget(budget);
            }
        }
        return Json.createObjectBuilder()
                .add("window", Json.createObjectBuilder().add("start", window.toString())
                        .add("end", window.plus(settings.releaseInterval()).toString()))
                .add("budget", Json.createObjectBuilder().add("periodStart", period.toString())
                        .add("periodEnd", period.plus(settings.budgetPeriod()).toString())
                        .add("epsilonPerPeriod", budget.limit()).add("epsilonSpent", shown(budget.spent()))
                        .add("epsilonRemaining", shown(budget.remaining())))
                .add("queries", queries).build();
    }

    StatisticsFacts consentingOnly(StatisticsFacts facts) {
        Set<String> holders = consents.holdersOf(Purpose.RESEARCH_ANALYTICS);
        return new StatisticsFacts(
                facts.tasks().stream().filter(t -> holders.contains(t.requesterId())).toList(),
                facts.decisions().stream().filter(d -> holders.contains(d.workerId())).toList(),
                facts.earnings().stream().filter(e -> holders.contains(e.workerId())).toList());
    }

    JsonObject release(String query, StatisticsFacts facts, LaplaceMechanism laplace, double epsilon, Instant now) {
        int clip = settings.contributionLimit();
        JsonObjectBuilder out = Json.createObjectBuilder().add("epsilon", epsilon).add("releasedAt", now.toString());
        switch (query) {
            case TASKS_PER_TYPE -> {
                double[] noisy = laplace.release(PublicStatistics.tasksPerType(facts.tasks(), TASK_TYPES, clip), clip,
                        epsilon);
                JsonObjectBuilder counts = Json.createObjectBuilder();
                for (int i = 0; i < TASK_TYPES.size(); i++) {
                    counts.add(TASK_TYPES.get(i), PublicStatistics.shownCount(noisy[i]));
                }
                out.add("sensitivity", clip).add("noiseScale", clip / epsilon).add("counts", counts);
            }
            case APPROVAL_RATES -> {
                double[][] exact = PublicStatistics.approvals(facts.decisions(), TASK_TYPES, clip);
                double[] accepted = laplace.release(exact[0], clip, epsilon / 2);
                double[] decided = laplace.release(exact[1], clip, epsilon / 2);
                JsonObjectBuilder rates = Json.createObjectBuilder();
                for (int i = 0; i < TASK_TYPES.size(); i++) {
                    Double rate = PublicStatistics.shownRate(accepted[i], decided[i]);
                    JsonObjectBuilder one = Json.createObjectBuilder()
                            .add("decided", PublicStatistics.shownCount(decided[i]));
                    if (rate == null) {
                        one.addNull("approvalRate");
                    } else {
                        one.add("approvalRate", Math.round(rate * 1000) / 1000.0);
                    }
                    rates.add(TASK_TYPES.get(i), one);
                }
                out.add("sensitivity", clip).add("noiseScale", clip / (epsilon / 2)).add("byType", rates);
            }
            case EARNINGS -> {
                List<BigDecimal> buckets = settings.earningsBuckets();
                double[] noisy = laplace.release(PublicStatistics.earningsHistogram(facts.earnings(), buckets), 1,
                        epsilon);
                JsonObjectBuilder counts = Json.createObjectBuilder();
                for (Map.Entry<String, Integer> label : PublicStatistics.bucketLabels(buckets).entrySet()) {
                    counts.add(label.getKey(), PublicStatistics.shownCount(noisy[label.getValue()]));
                }
                out.add("sensitivity", 1).add("noiseScale", 1 / epsilon).add("currency", settings.statsCurrency())
                        .add("workersByEarnings", counts);
            }
            default -> throw new IllegalArgumentException("unknown query " + query);
        }
        return out.build();
    }

    /** Epsilon as people read it: 0.3, not the floating-point sum 0.30000000000000004. */
    private static double shown(double epsilon) {
        return Math.round(epsilon * 1e9) / 1e9;
    }

    static Instant floor(Instant now, Duration step) {
        long ms = step.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), ms) * ms);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
