package io.crowdflow.assignment.infrastructure.mahout;

import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.assignment.domain.TaskAffinities;
import io.crowdflow.privacy.application.ConsentHolders;
import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.shared.domain.UnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The served recommender: one built {@link TasteTaskRecommender} behind an atomic reference. Readers
 * never wait (bean-managed concurrency, no lock); a rebuild (every {@code crowdflow.recommendations.
 * rebuild-interval}, and on demand) reads the reviewed work of the workers who consented to
 * {@code recommendations}, builds a new model aside and swaps it in. Rebuilds run one at a time.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MahoutTaskAffinities implements TaskAffinities {

    private static final Logger LOG = Logger.getLogger(MahoutTaskAffinities.class.getName());
    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    PlatformSettings settings;

    @Inject
    ConsentHolders consents;

    private final AtomicReference<TasteTaskRecommender> served = new AtomicReference<>();
    private final Object rebuilding = new Object();
    private final AtomicReference<java.time.Instant> rebuildingSince = new AtomicReference<>();
    private RecommenderVariant variant;
    private int similarTypes;

    @PostConstruct
    void start() {
        variant = RecommenderVariant.fromSlug(settings.text("crowdflow.recommendations.variant", "item-based"));
        similarTypes = similarTypesSetting();
        served.set(TasteTaskRecommender.empty(variant));
        Duration interval = Duration.parse(settings.text("crowdflow.recommendations.rebuild-interval", "PT10M"));
        timers.createIntervalTimer(Duration.ofSeconds(5).toMillis(), interval.toMillis(),
                new TimerConfig("crowdflow-recommender-rebuild", false));
        LOG.info(() -> "CROWDFLOW-11001 recommender " + variant.slug() + " rebuilt every " + interval);
    }

    @Timeout
    void scheduledRebuild() {
        try {
            rebuild();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CROWDFLOW-11003 recommender rebuild failed; the previous model stays served", e);
        }
    }

    @Override
    public Affinity of(String workerId, String taskType, boolean personalised) {
        return served.get().affinity(workerId, taskType, personalised);
    }

    @Override
    public ModelSummary model() {
        return served.get().summary();
    }

    @Override
    public Status status() {
        return new Status(served.get().summary(), rebuildingSince.get());
    }

    @Override
    public ModelSummary rebuild() {
        synchronized (rebuilding) {
            rebuildingSince.set(CLOCK.instant());
            try {
                List<TypePreference> history = consentedHistory();
                if (history == null) {
                    return served.get().summary();
                }
                TasteTaskRecommender built = TasteTaskRecommender.build(history, variant, similarTypes, CLOCK.instant());
                served.set(built);
                ModelSummary summary = built.summary();
                LOG.info(() -> "CROWDFLOW-11002 recommender rebuilt: " + summary.workers() + " workers x "
                        + summary.taskTypes() + " task types, " + summary.preferences() + " preferences in "
                        + summary.buildMillis() + " ms");
                return summary;
            } finally {
                rebuildingSince.set(null);
            }
        }
    }

    /** Reviewed work per worker and task type, of consenting workers only; null when consents cannot be read. */
    private List<TypePreference> consentedHistory() {
        List<TypePreference> all = em.createQuery(
                        "select s.workerId, t.type, sum(case when s.decision = :accept then 1 else 0 end), count(s) "
                                + "from Submission s, Task t where t.id = s.taskId and s.decision is not null "
                                + "group by s.workerId, t.type", Object[].class)
                .setParameter("accept", Submission.Decision.ACCEPT)
                .getResultList().stream()
                .map(row -> new TypePreference((String) row[0], (String) row[1], ((Number) row[2]).intValue(),
                        ((Number) row[3]).intValue()))
                .toList();
        Set<String> withoutConsent;
        try {
            withoutConsent = consents.withoutConsent(Purpose.RECOMMENDATIONS,
                    all.stream().map(TypePreference::workerId).distinct().toList());
        } catch (UnavailableException e) {
            LOG.warning("CROWDFLOW-11004 consents could not be read (" + e.getMessage()
                    + "); the recommender is not rebuilt this time");
            return null;
        }
        return all.stream().filter(p -> !withoutConsent.contains(p.workerId())).toList();
    }

    private int similarTypesSetting() {
        String text = settings.text("crowdflow.recommendations.similar-types",
                String.valueOf(TasteTaskRecommender.SIMILAR_TYPES));
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("setting crowdflow.recommendations.similar-types must be a whole number"
                    + " >= 0 (0: exact similarities), not " + text, e);
        }
    }
}
