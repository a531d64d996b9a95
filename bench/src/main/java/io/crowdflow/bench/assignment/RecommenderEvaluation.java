package io.crowdflow.bench.assignment;

import org.apache.mahout.cf.taste.common.TasteException;
import org.apache.mahout.cf.taste.impl.common.FastByIDMap;
import org.apache.mahout.cf.taste.impl.common.FastIDSet;
import org.apache.mahout.cf.taste.impl.model.GenericBooleanPrefDataModel;
import org.apache.mahout.cf.taste.impl.neighborhood.NearestNUserNeighborhood;
import org.apache.mahout.cf.taste.impl.recommender.GenericBooleanPrefItemBasedRecommender;
import org.apache.mahout.cf.taste.impl.recommender.GenericBooleanPrefUserBasedRecommender;
import org.apache.mahout.cf.taste.impl.similarity.LogLikelihoodSimilarity;
import org.apache.mahout.cf.taste.impl.similarity.TanimotoCoefficientSimilarity;
import org.apache.mahout.cf.taste.model.DataModel;
import org.apache.mahout.cf.taste.recommender.RecommendedItem;
import org.apache.mahout.cf.taste.recommender.Recommender;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Offline evaluation of Mahout Taste recommenders on simulated history: precision@10 and recall@10
 * of item-based and user-based recommenders against a popularity baseline. Items are task series
 * (a requester's recurring task of one type); a preference is accepted work on the series (review
 * outcome as the signal). Workers have latent tastes (a few factors) and items a popularity; for
 * every worker 20 % of their accepted series are held out, the rest trains the model.
 * Run: see docs/benchmarks.md ("Assignment and recommendation").
 */
public final class RecommenderEvaluation {

    static final int K = 10;

    record Split(FastByIDMap<FastIDSet> train, Map<Long, Set<Long>> heldOut) {
    }

    static Split history(int workers, int items, int perWorker, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int factors = 6;
        double[][] item = new double[items][factors];
        double[] popularity = new double[items];
        for (int i = 0; i < items; i++) {
            item[i][r.nextInt(factors)] = 1;                       // each series belongs mostly to one "kind"
            item[i][r.nextInt(factors)] += 0.5;
            popularity[i] = -Math.log(Math.max(r.nextDouble(), 1e-9)) * 0.7;
        }
        FastByIDMap<FastIDSet> train = new FastByIDMap<>();
        Map<Long, Set<Long>> heldOut = new LinkedHashMap<>();
        for (int w = 0; w < workers; w++) {
            double[] taste = new double[factors];
            taste[r.nextInt(factors)] = 2.5;                        // a worker likes one or two kinds
            taste[r.nextInt(factors)] += 1.5;
            double[] weight = new double[items];
            double total = 0;
            for (int i = 0; i < items; i++) {
                double s = popularity[i];
                for (int f = 0; f < factors; f++) {
                    s += taste[f] * item[i][f];
                }
                weight[i] = Math.exp(s);
                total += weight[i];
            }
            Set<Long> done = new HashSet<>();
            int n = perWorker / 2 + r.nextInt(perWorker);
            for (int t = 0; t < n * 3 && done.size() < n; t++) {
                double u = r.nextDouble() * total;
                int i = 0;
                while (i < items - 1 && (u -= weight[i]) > 0) {
                    i++;
                }
                done.add((long) i);
            }
            FastIDSet kept = new FastIDSet();
            Set<Long> hidden = new HashSet<>();
            for (long i : done) {
                if (r.nextDouble() < 0.2) {
                    hidden.add(i);
                } else {
                    kept.add(i);
                }
            }
            if (!kept.isEmpty()) {
                train.put(w, kept);
                if (!hidden.isEmpty()) {
                    heldOut.put((long) w, hidden);
                }
            }
        }
        return new Split(train, heldOut);
    }

    /** precision@K and recall@K of one recommender, averaged over workers with held-out items. */
    static double[] evaluate(Split split, Recommender recommender) throws TasteException {
        double precision = 0;
        double recall = 0;
        int users = 0;
        for (Map.Entry<Long, Set<Long>> e : split.heldOut().entrySet()) {
            List<RecommendedItem> top = recommender.recommend(e.getKey(), K);
            long hits = top.stream().filter(item -> e.getValue().contains(item.getItemID())).count();
            precision += (double) hits / K;
            recall += (double) hits / e.getValue().size();
            users++;
        }
        return new double[]{precision / users, recall / users};
    }

    /** The baseline: the series with the most accepted work that the worker has not done yet. */
    static double[] popularity(Split split) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<Long, FastIDSet> e : split.train().entrySet()) {
            for (long i : e.getValue()) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        List<Long> ranked = new ArrayList<>(counts.keySet());
        ranked.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        double precision = 0;
        double recall = 0;
        int users = 0;
        for (Map.Entry<Long, Set<Long>> e : split.heldOut().entrySet()) {
            FastIDSet seen = split.train().get(e.getKey());
            long hits = ranked.stream().filter(i -> !seen.contains(i)).limit(K).filter(e.getValue()::contains).count();
            precision += (double) hits / K;
            recall += (double) hits / e.getValue().size();
            users++;
        }
        return new double[]{precision / users, recall / users};
    }

    public static void main(String[] args) throws TasteException, IOException {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path out = Path.of(args.length > 2 ? args[2] : "docs/benchmarks");
        long started = System.nanoTime();
        Split split = history(workers, items, 30, 1);
        DataModel model = new GenericBooleanPrefDataModel(split.train());
        Map<String, double[]> results = new LinkedHashMap<>();
        results.put("popularity (baseline)", popularity(split));
        results.put("item-based, log-likelihood", evaluate(split,
                new GenericBooleanPrefItemBasedRecommender(model, new LogLikelihoodSimilarity(model))));
        results.put("item-based, Tanimoto", evaluate(split,
                new GenericBooleanPrefItemBasedRecommender(model, new TanimotoCoefficientSimilarity(model))));
        LogLikelihoodSimilarity users = new LogLikelihoodSimilarity(model);
        results.put("user-based, log-likelihood, 50 neighbours", evaluate(split,
                new GenericBooleanPrefUserBasedRecommender(model, new NearestNUserNeighborhood(50, users, model), users)));
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Simulated history: %d workers, %d task series, %d accepted (worker, series) "
                        + "pairs for training, %d workers with held-out pairs (20 %% of each worker's); %.1f s in all.%n%n",
                workers, items, model.getNumUsers() == 0 ? 0 : countPrefs(split), split.heldOut().size(), seconds));
        s.append("| recommender | precision@10 | recall@10 |\n| --- | --- | --- |\n");
        results.forEach((name, r) -> s.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f |%n", name, r[0], r[1])));
        System.out.println(s);
        Files.createDirectories(out);
        Files.writeString(out.resolve("recommender-evaluation.md"), s.toString());
    }

    private static long countPrefs(Split split) {
        long n = 0;
        for (Map.Entry<Long, FastIDSet> e : split.train().entrySet()) {
            n += e.getValue().size();
        }
        return n;
    }

    private RecommenderEvaluation() {
    }
}
