package io.crowdflow.bench.assignment;

import io.crowdflow.assignment.domain.TaskAffinities.Affinity;
import io.crowdflow.assignment.infrastructure.mahout.RecommenderVariant;
import io.crowdflow.assignment.infrastructure.mahout.TasteTaskRecommender;
import io.crowdflow.assignment.infrastructure.mahout.TypePreference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * What keeping only each type's k most similar types costs in quality: on {@link RecommendationBenchmark}'s
 * history, for sampled workers and 50 open tasks each, how often the item-based model still gives a
 * personalised estimate, how far its scores are from the exact model's, and how many of the exact top 10
 * it also ranks in its top 10.
 *
 * <pre>java -cp bench/target/crowdflow-bench.jar io.crowdflow.bench.assignment.RecommendationAgreement \
 *     [workers=50000] [types=5000] [k,k,...=50,100,200] [askers=500]</pre>
 */
public final class RecommendationAgreement {

    private RecommendationAgreement() {
    }

    public static void main(String[] args) {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int types = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int[] ks = Arrays.stream((args.length > 2 ? args[2] : "50,100,200").split(",")).mapToInt(Integer::parseInt).toArray();
        int askers = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        SplittableRandom random = new SplittableRandom(7);
        List<TypePreference> history = RecommendationBenchmark.history(workers, types, random);
        String[][] asks = new String[askers][];
        String[] who = new String[askers];
        for (int a = 0; a < askers; a++) {
            who[a] = "w" + random.nextInt(workers);
            asks[a] = IntStream.range(0, 50).mapToObj(c -> "t" + random.nextInt(types)).toArray(String[]::new);
        }
        TasteTaskRecommender exact = TasteTaskRecommender.build(history, RecommenderVariant.ITEM_BASED, 0, Instant.now());
        Affinity[][] truth = scores(exact, who, asks);
        System.out.printf(Locale.ROOT, "history: %s%n%n", exact.summary());
        int[] clusterOf = clusters(history, workers, types);
        System.out.println("| similar types kept (k) | build s | personalised estimates | mean abs. score difference"
                + " | top-10 agreement with exact | own-cluster tasks ranked in the top 10 |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        System.out.printf(Locale.ROOT, "| exact | %.1f | %.1f %% | 0 | 100 %% | %.1f %% |%n",
                exact.summary().buildMillis() / 1000.0, 100.0 * personalised(truth),
                100.0 * ownClusterInTop10(truth, who, asks, clusterOf, types));
        for (int k : ks) {
            TasteTaskRecommender kept = TasteTaskRecommender.build(history, RecommenderVariant.ITEM_BASED, k, Instant.now());
            Affinity[][] approx = scores(kept, who, asks);
            double diff = 0;
            int both = 0;
            double overlap = 0;
            for (int a = 0; a < askers; a++) {
                for (int c = 0; c < 50; c++) {
                    if (truth[a][c].personalised() && approx[a][c].personalised()) {
                        diff += Math.abs(truth[a][c].score() - approx[a][c].score());
                        both++;
                    }
                }
                overlap += overlap(top10(truth[a]), top10(approx[a]));
            }
            System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f %% | %.3f | %.1f %% | %.1f %% |%n", k,
                    kept.summary().buildMillis() / 1000.0, 100.0 * personalised(approx), both == 0 ? 0 : diff / both,
                    100.0 * overlap / askers, 100.0 * ownClusterInTop10(approx, who, asks, clusterOf, types));
        }
    }

    /** Each worker's cluster: the one most of their types fall in (the history draws 80 % from it). */
    private static int[] clusters(List<TypePreference> history, int workers, int types) {
        int perCluster = types / RecommendationBenchmark.CLUSTERS;
        int[][] counts = new int[workers][RecommendationBenchmark.CLUSTERS];
        for (TypePreference p : history) {
            counts[Integer.parseInt(p.workerId().substring(1))][Integer.parseInt(p.taskType().substring(1)) / perCluster]++;
        }
        int[] cluster = new int[workers];
        for (int w = 0; w < workers; w++) {
            int best = 0;
            for (int c = 1; c < counts[w].length; c++) {
                best = counts[w][c] > counts[w][best] ? c : best;
            }
            cluster[w] = best;
        }
        return cluster;
    }

    /** Of the candidate tasks in the asker's own cluster (where they do good work), the share ranked top 10. */
    private static double ownClusterInTop10(Affinity[][] all, String[] who, String[][] asks, int[] clusterOf, int types) {
        int perCluster = types / RecommendationBenchmark.CLUSTERS;
        int own = 0;
        int found = 0;
        for (int a = 0; a < who.length; a++) {
            int cluster = clusterOf[Integer.parseInt(who[a].substring(1))];
            Set<Integer> top = top10(all[a]);
            for (int c = 0; c < asks[a].length; c++) {
                if (Integer.parseInt(asks[a][c].substring(1)) / perCluster == cluster) {
                    own++;
                    found += top.contains(c) ? 1 : 0;
                }
            }
        }
        return own == 0 ? 0 : (double) found / own;
    }

    private static Affinity[][] scores(TasteTaskRecommender model, String[] who, String[][] asks) {
        Affinity[][] out = new Affinity[who.length][];
        for (int a = 0; a < who.length; a++) {
            String worker = who[a];
            out[a] = Arrays.stream(asks[a]).map(type -> model.affinity(worker, type, true)).toArray(Affinity[]::new);
        }
        return out;
    }

    private static double personalised(Affinity[][] all) {
        return Arrays.stream(all).flatMap(Arrays::stream).filter(Affinity::personalised).count()
                / (double) Arrays.stream(all).mapToInt(row -> row.length).sum();
    }

    private static Set<Integer> top10(Affinity[] row) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, row.length).boxed().toList());
        order.sort(Comparator.comparingDouble((Integer i) -> -row[i].score()).thenComparing(i -> i));
        return new HashSet<>(order.subList(0, 10));
    }

    private static double overlap(Set<Integer> a, Set<Integer> b) {
        Set<Integer> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() / 10.0;
    }
}
