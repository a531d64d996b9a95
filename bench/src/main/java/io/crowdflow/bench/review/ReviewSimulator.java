package io.crowdflow.bench.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.crowdflow.review.domain.AutomaticReview;
import io.crowdflow.review.domain.aggregation.AnswerAggregator;
import io.crowdflow.review.domain.aggregation.CrowdAnswers;
import io.crowdflow.review.domain.aggregation.DawidSkene;
import io.crowdflow.review.domain.aggregation.MajorityVote;
import io.crowdflow.rules.review.ReviewVerdict;

/**
 * How much of review the platform's own {@link AutomaticReview} decides, and how well, on a crowd drawn like the
 * assignment simulator's default scenario (docs/benchmarks.md "Crowd simulator"): 300 workers, per-worker
 * accuracy U(0.35, 0.95) plus N(0, 0.2) per type, 10 % spammers who answer at random, task difficulty 0 / 0.5 / 1
 * lowering accuracy to sigmoid(logit(accuracy) - 1.2 difficulty). Label tasks of one type with 3 classes,
 * redundancy 3, workers drawn at random (assignment is not what is measured here).
 *
 * <p>Each configuration (method, target, most assignments) reviews the same task stream. A submission's decision
 * is right when it accepts a right answer or rejects a wrong one. What automatic review leaves goes to a human
 * reviewer who is right with probability {@code human} (the baseline, an assumption: 0.95 by default). The
 * issue's target: at least 70 % of the submissions decided automatically, with an accuracy of at least 95 % of
 * the human baseline's.
 *
 * <pre>
 * java -cp bench/target/crowdflow-bench.jar io.crowdflow.bench.review.ReviewSimulator [tasks] [seed] [human] [pool]
 *      [all|only-majority-vote|only-dawid-skene|items] [low] [high]
 * </pre>
 */
public final class ReviewSimulator {

    static final int WORKERS = 300;
    static final double SPAMMERS = 0.10;
    static final int CLASSES = 3;
    static final int REDUNDANCY = 3;
    static final double[] DIFFICULTIES = {0, 0.5, 1};

    /** One configuration of the review plan. */
    record Plan(String name, String method, double target, int maxAssignments) {
    }

    /** What one configuration achieved. */
    record Result(Plan plan, int submissions, int automatic, int automaticRight, int human, int extraAssignments,
                  long millis) {
        double automaticShare() {
            return (double) automatic / submissions;
        }

        double automaticAccuracy() {
            return automatic == 0 ? Double.NaN : (double) automaticRight / automatic;
        }
    }

    private final double[] accuracy = new double[WORKERS];
    private final boolean[] spammer = new boolean[WORKERS];
    private final int tasks;
    private final long seed;
    private final int poolSize;

    ReviewSimulator(int tasks, long seed, int poolSize) {
        this(tasks, seed, poolSize, 0.35, 0.95);
    }

    /** With the reliable workers' base accuracy drawn from U(low, high) (the default scenario: 0.35-0.95). */
    ReviewSimulator(int tasks, long seed, int poolSize, double low, double high) {
        this.tasks = tasks;
        this.seed = seed;
        this.poolSize = poolSize;
        SplittableRandom r = new SplittableRandom(seed);
        for (int w = 0; w < WORKERS; w++) {
            spammer[w] = r.nextDouble() < SPAMMERS;
            double base = low + (high - low) * r.nextDouble();
            accuracy[w] = spammer[w] ? 1.0 / CLASSES : clamp(base + 0.2 * gaussian(r), 0.02, 0.98);
        }
    }

    Result run(Plan plan) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 7); // the same task stream for every plan
        AnswerAggregator aggregator = plan.method().equals(DawidSkene.NAME) ? new DawidSkene() : new MajorityVote();
        AutomaticReview review = new AutomaticReview(aggregator, 3, plan.target());
        ReviewVerdict noFindings = new ReviewVerdict("review:simulated");
        Deque<AutomaticReview.PooledAnswer> pool = new ArrayDeque<>();
        int submissions = 0;
        int automatic = 0;
        int automaticRight = 0;
        int human = 0;
        int extra = 0;
        long start = System.nanoTime();
        for (int t = 0; t < tasks; t++) {
            String taskId = "t" + t;
            int truth = r.nextInt(CLASSES);
            double difficulty = DIFFICULTIES[r.nextInt(DIFFICULTIES.length)];
            List<Integer> workers = new ArrayList<>();
            List<AutomaticReview.Answer> answers = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            AutomaticReview.Review outcome;
            int slots = REDUNDANCY;
            while (true) {
                while (answers.size() < slots) {
                    int w = distinctWorker(r, workers);
                    workers.add(w);
                    int label = answer(r, w, truth, difficulty);
                    labels.add(label);
                    answers.add(new AutomaticReview.Answer("s" + t + "-" + answers.size(), "w" + w, "c" + label));
                }
                List<AutomaticReview.PooledAnswer> history = plan.method().equals(DawidSkene.NAME)
                        ? new ArrayList<>(pool) : List.of();
                outcome = review.review(taskId, answers, noFindings, new AutomaticReview.Pool(history, Map.of()),
                        new AutomaticReview.Overlap(answers.size(),
                                plan.maxAssignments() > REDUNDANCY ? plan.maxAssignments() : 0));
                if (!outcome.extraAssignment()) {
                    break;
                }
                extra++;
                slots++;
            }
            for (AutomaticReview.Decision decision : outcome.decisions()) {
                int index = Integer.parseInt(decision.submissionId().substring(decision.submissionId().indexOf('-') + 1));
                boolean right = labels.get(index) == truth;
                submissions++;
                switch (decision.outcome()) {
                    case ACCEPT -> {
                        automatic++;
                        automaticRight += right ? 1 : 0;
                    }
                    case REJECT -> {
                        automatic++;
                        automaticRight += right ? 0 : 1;
                    }
                    case HUMAN_REVIEW -> human++;
                }
            }
            for (int i = 0; i < answers.size(); i++) {
                pool.addLast(new AutomaticReview.PooledAnswer(taskId, answers.get(i).workerId(), answers.get(i).text()));
                if (pool.size() > poolSize) {
                    pool.removeFirst();
                }
            }
        }
        return new Result(plan, submissions, automatic, automaticRight, human, extra,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Item accuracy of both methods on the task stream: once in one batch over every answer, and per task as the
     * platform runs it (that task's answers plus the pool of earlier ones, items from {@code from} on).
     */
    String itemAccuracy(int from) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        CrowdAnswers.Builder all = CrowdAnswers.builder();
        Map<String, String> truth = new java.util.HashMap<>();
        List<String[]> stream = new ArrayList<>();
        int mvRight = 0;
        int dsRight = 0;
        int decided = 0;
        for (int t = 0; t < tasks; t++) {
            int label = r.nextInt(CLASSES);
            double difficulty = DIFFICULTIES[r.nextInt(DIFFICULTIES.length)];
            truth.put("t" + t, "c" + label);
            List<Integer> workers = new ArrayList<>();
            List<String[]> current = new ArrayList<>();
            for (int k = 0; k < REDUNDANCY; k++) {
                int w = distinctWorker(r, workers);
                workers.add(w);
                current.add(new String[]{"t" + t, "w" + w, "c" + answer(r, w, label, difficulty)});
            }
            if (t >= from) {
                CrowdAnswers.Builder pooled = CrowdAnswers.builder();
                for (int j = Math.max(0, stream.size() - poolSize); j < stream.size(); j++) {
                    pooled.add(stream.get(j)[0], stream.get(j)[1], stream.get(j)[2]);
                }
                current.forEach(a -> pooled.add(a[0], a[1], a[2]));
                CrowdAnswers answers = pooled.build();
                decided++;
                mvRight += new MajorityVote().aggregate(answers, Map.of()).labelOf("t" + t).equals("c" + label) ? 1 : 0;
                dsRight += new DawidSkene().aggregate(answers, Map.of()).labelOf("t" + t).equals("c" + label) ? 1 : 0;
            }
            current.forEach(a -> all.add(a[0], a[1], a[2]));
            stream.addAll(current);
        }
        CrowdAnswers batch = all.build();
        return String.format(Locale.ROOT, "items right, one batch over all %d tasks: majority vote %.4f, Dawid-Skene %.4f;"
                        + " per task from task %d on, over the pool of earlier answers (%d): majority vote %.4f,"
                        + " Dawid-Skene %.4f", tasks, new MajorityVote().aggregate(batch, Map.of()).accuracyAgainst(truth),
                new DawidSkene().aggregate(batch, Map.of()).accuracyAgainst(truth), from, poolSize,
                (double) mvRight / decided, (double) dsRight / decided);
    }

    private int answer(SplittableRandom r, int w, int truth, double difficulty) {
        if (spammer[w]) {
            return r.nextInt(CLASSES);
        }
        double p = sigmoid(logit(accuracy[w]) - 1.2 * difficulty);
        return r.nextDouble() < p ? truth : (truth + 1 + r.nextInt(CLASSES - 1)) % CLASSES;
    }

    private static int distinctWorker(SplittableRandom r, List<Integer> taken) {
        while (true) {
            int w = r.nextInt(WORKERS);
            if (!taken.contains(w)) {
                return w;
            }
        }
    }

    static List<Plan> plans() {
        return List.of(
                new Plan("platform default: majority vote, 0.66, no overlap", MajorityVote.NAME, 0.66, 3),
                new Plan("majority vote, 0.66, up to 5 assignments", MajorityVote.NAME, 0.66, 5),
                new Plan("majority vote, 0.75, up to 5 assignments", MajorityVote.NAME, 0.75, 5),
                new Plan("majority vote, unanimous (1.0), up to 5 assignments", MajorityVote.NAME, 1.0, 5),
                new Plan("Dawid-Skene over the pool, 0.66, no overlap", DawidSkene.NAME, 0.66, 3),
                new Plan("Dawid-Skene over the pool, 0.90, up to 5 assignments", DawidSkene.NAME, 0.90, 5));
    }

    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        double humanAccuracy = args.length > 2 ? Double.parseDouble(args[2]) : 0.95;
        int poolSize = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        String only = args.length > 4 ? args[4] : "all";
        double low = args.length > 5 ? Double.parseDouble(args[5]) : 0.35;
        double high = args.length > 6 ? Double.parseDouble(args[6]) : 0.95;
        ReviewSimulator simulator = new ReviewSimulator(tasks, seed, poolSize, low, high);
        System.out.printf(Locale.ROOT, "# %d tasks, seed %d, %d workers (%.0f %% spammers), redundancy %d, %d classes;"
                        + " base accuracy U(%.2f, %.2f); human baseline accuracy %.2f, target: >= 70 %% automatic at >= %.4f;"
                + " Dawid-Skene pool %d answers%n", tasks, seed, WORKERS, 100 * SPAMMERS, REDUNDANCY, CLASSES, low, high,
                humanAccuracy, 0.95 * humanAccuracy, poolSize);
        if (only.equals("items")) {
            System.out.println(simulator.itemAccuracy(tasks / 3));
            return;
        }
        System.out.println("| plan | submissions | decided automatically | accuracy of automatic decisions |"
                + " extra assignments | overall accuracy with humans | meets target | ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Plan plan : plans()) {
            if (!only.equals("all") && !only.equals("only-" + plan.method())) {
                continue;
            }
            Result result = simulator.run(plan);
            double overall = (result.automaticRight() + humanAccuracy * result.human()) / result.submissions();
            boolean meets = result.automaticShare() >= 0.70 && result.automaticAccuracy() >= 0.95 * humanAccuracy;
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f %% | %.4f | %d | %.4f | %s | %d |%n", plan.name(),
                    result.submissions(), 100 * result.automaticShare(), result.automaticAccuracy(),
                    result.extraAssignments(), overall, meets ? "yes" : "no", result.millis());
        }
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
