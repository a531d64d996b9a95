package io.crowdflow.bench.assignment;

import io.crowdflow.assignment.domain.TaskAffinities.Affinity;
import io.crowdflow.assignment.infrastructure.mahout.RecommenderVariant;
import io.crowdflow.assignment.infrastructure.mahout.TasteTaskRecommender;
import io.crowdflow.assignment.infrastructure.mahout.TypePreference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One worker's recommendations as {@code GET /api/me/recommendations} computes them once the open tasks
 * are read: the served Taste model's estimate for the type of each candidate open task, then the ranking.
 * The history: {@code workers} workers x {@code types} task types, each worker with 20 types of reviewed
 * work, mostly (80%) from one of 50 clusters of types, so similarities are informative. The model build
 * time (what the background rebuild costs) is printed by the set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class RecommendationBenchmark {

    static final int TYPES_PER_WORKER = 20;
    static final int CLUSTERS = 50;

    @Param({"50000"})
    int workers;

    @Param({"5000"})
    int types;

    @Param({"item-based", "user-based"})
    String variant;

    /** Item-based only: each type's most similar types kept at build (0: exact similarities at every estimate). */
    @Param({"0"})
    int similarTypes;

    /** How many open tasks (each of its own type) the worker is eligible for. */
    @Param({"200"})
    int candidates;

    private TasteTaskRecommender recommender;
    private String[] candidateTypes;
    private String[] askers;
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        List<TypePreference> history = history(workers, types, random);
        recommender = TasteTaskRecommender.build(history, RecommenderVariant.fromSlug(variant), similarTypes,
                Instant.now());
        System.out.println("\nmodel: " + recommender.summary());
        candidateTypes = new String[candidates];
        for (int c = 0; c < candidates; c++) {
            candidateTypes[c] = "t" + random.nextInt(types);
        }
        askers = new String[1024];
        for (int a = 0; a < askers.length; a++) {
            askers[a] = "w" + random.nextInt(workers);
        }
    }

    @Benchmark
    public double[] recommendationsForOneWorker() {
        String worker = askers[next++ & (askers.length - 1)];
        double[] scores = new double[candidateTypes.length];
        for (int c = 0; c < candidateTypes.length; c++) {
            Affinity a = recommender.affinity(worker, candidateTypes[c], true);
            scores[c] = a.score();
        }
        Arrays.sort(scores);
        return scores;
    }

    /**
     * {@code workers} workers with up to 20 task types of reviewed work each, 80 % from their one of 50
     * clusters of types, where they are good; the rest anywhere, where they are not.
     */
    static List<TypePreference> history(int workers, int types, SplittableRandom random) {
        List<TypePreference> history = new ArrayList<>(workers * TYPES_PER_WORKER);
        int perCluster = types / CLUSTERS;
        for (int w = 0; w < workers; w++) {
            int cluster = random.nextInt(CLUSTERS);
            boolean[] done = new boolean[types];
            for (int k = 0; k < TYPES_PER_WORKER; k++) {
                boolean inCluster = random.nextDouble() < 0.8;
                int type = inCluster ? cluster * perCluster + random.nextInt(perCluster) : random.nextInt(types);
                if (done[type]) {
                    continue;
                }
                done[type] = true;
                int decided = 1 + random.nextInt(10);
                double skill = inCluster ? 0.8 : 0.3;
                int accepted = 0;
                for (int d = 0; d < decided; d++) {
                    accepted += random.nextDouble() < skill ? 1 : 0;
                }
                history.add(new TypePreference("w" + w, "t" + type, accepted, decided));
            }
        }
        return history;
    }
}
