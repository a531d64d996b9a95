package io.crowdflow.review.domain.aggregation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A simulated crowd with known truth, for tests, benchmarks and the simulator: {@code items} items with a
 * uniformly drawn true class among {@code classes} labels ({@code c0}, {@code c1}, ...), each answered by
 * {@code redundancy} distinct workers drawn at random. A reliable worker answers right with an accuracy
 * drawn uniformly from [{@code minAccuracy}, {@code maxAccuracy}] and otherwise picks a wrong label at
 * random; a spammer answers a uniformly random label. Deterministic for a given seed.
 */
public record SyntheticCrowd(int items, int classes, int workers, int redundancy, double spammerShare,
                             double minAccuracy, double maxAccuracy, long seed) {

    public SyntheticCrowd {
        if (items < 1 || classes < 2 || workers < redundancy || redundancy < 1
                || spammerShare < 0 || spammerShare > 1 || minAccuracy > maxAccuracy) {
            throw new IllegalArgumentException("Impossible crowd");
        }
    }

    /** Balanced: 3 classes, 50 workers all reliable with accuracy 0.6–0.9, 5 answers per item. */
    public static SyntheticCrowd balanced(int items, long seed) {
        return new SyntheticCrowd(items, 3, 50, 5, 0.0, 0.6, 0.9, seed);
    }

    /** Spammer-heavy: like {@link #balanced} but 40 % of the workers answer at random. */
    public static SyntheticCrowd spammerHeavy(int items, long seed) {
        return new SyntheticCrowd(items, 3, 50, 5, 0.4, 0.6, 0.9, seed);
    }

    /** The generated answers and truth. */
    public Sample generate() {
        SplittableRandom random = new SplittableRandom(seed);
        double[] accuracy = new double[workers];
        boolean[] spammer = new boolean[workers];
        int spammers = (int) Math.round(spammerShare * workers);
        for (int w = 0; w < workers; w++) {
            spammer[w] = w < spammers;
            accuracy[w] = minAccuracy + (maxAccuracy - minAccuracy) * random.nextDouble();
        }
        CrowdAnswers.Builder builder = CrowdAnswers.builder();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            labels.add("c" + c);
        }
        builder.declareLabels(labels);
        Map<String, String> truth = new HashMap<>();
        int[] pick = new int[workers];
        for (int w = 0; w < workers; w++) {
            pick[w] = w;
        }
        for (int i = 0; i < items; i++) {
            String id = "t" + i;
            int t = random.nextInt(classes);
            truth.put(id, labels.get(t));
            for (int r = 0; r < redundancy; r++) { // partial Fisher-Yates: distinct workers
                int j = r + random.nextInt(workers - r);
                int tmp = pick[r];
                pick[r] = pick[j];
                pick[j] = tmp;
                int w = pick[r];
                int answer;
                if (spammer[w]) {
                    answer = random.nextInt(classes);
                } else if (random.nextDouble() < accuracy[w]) {
                    answer = t;
                } else {
                    answer = (t + 1 + random.nextInt(classes - 1)) % classes;
                }
                builder.add(id, "w" + w, labels.get(answer));
            }
        }
        return new Sample(builder.build(), Map.copyOf(truth));
    }

    /** Answers and the true label of every item. */
    public record Sample(CrowdAnswers answers, Map<String, String> truth) {
    }
}
