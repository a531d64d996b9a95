package io.crowdflow.bench.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.crowdflow.review.domain.AutomaticReview;
import io.crowdflow.rules.eligibility.GoldEligibilityPolicy;
import io.crowdflow.rules.eligibility.GoldEligibilityRuleBase;
import io.crowdflow.rules.review.AnswerKind;
import io.crowdflow.rules.review.ReviewPolicy;
import io.crowdflow.rules.review.ReviewRuleBase;
import io.crowdflow.rules.review.ReviewTask;
import io.crowdflow.rules.review.SubmittedAnswer;
import io.crowdflow.rules.review.WorkerGoldRecord;
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
 * <p>Plans with a gold rate model gold as the platform mixes it in (docs/review.md, "Gold mixed into
 * assignments"): a worker given an ordinary slot also answers a gold item when {@code gold < rate × ordinary}
 * ({@code GoldMixing}); the gold answer is decided by its known answer and enters the pool with it, so Dawid-Skene
 * is anchored by it while it is in the pool window; the workers' gold records are counted over their whole history,
 * as the platform counts them (V18); the
 * platform's review rule base (Drools, default policy) flags the submissions of workers with low gold accuracy for a
 * human; the platform's eligibility rule base (Drools, default policy) takes workers who fail gold out of the draw.
 * The target is measured on the ordinary submissions; gold answers are reported apart, as their cost.
 *
 * <pre>
 * java -cp bench/target/crowdflow-bench.jar io.crowdflow.bench.review.ReviewSimulator [tasks] [seed] [human] [pool]
 *      [all|no-gold|gold|only-majority-vote|only-dawid-skene|gold-majority-vote|gold-dawid-skene|items]
 *      [low] [high]
 * </pre>
 */
public final class ReviewSimulator {

    static final int WORKERS = 300;
    static final double SPAMMERS = 0.10;
    static final int CLASSES = 3;
    static final int REDUNDANCY = 3;
    static final double[] DIFFICULTIES = {0, 0.5, 1};

    /** One configuration of the review plan. */
    record Plan(String name, String method, double target, int maxAssignments, double goldRate) {
        Plan(String name, String method, double target, int maxAssignments) {
            this(name, method, target, maxAssignments, 0);
        }
    }

    /** What one configuration achieved. */
    record Result(Plan plan, int submissions, int automatic, int automaticRight, int human, int extraAssignments,
                  long millis, int goldAnswers, int goldRight, int flagged, int excludedAtEnd) {
        Result(Plan plan, int submissions, int automatic, int automaticRight, int human, int extraAssignments,
               long millis) {
            this(plan, submissions, automatic, automaticRight, human, extraAssignments, millis, 0, 0, 0, 0);
        }

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

    /** One answer in the pool window, with what its leaving changes. */
    private record Pooled(AutomaticReview.PooledAnswer answer, int worker, boolean gold, boolean right) {
    }

    private static final java.util.Set<String> LABELS = java.util.Set.of("c0", "c1", "c2");

    Result run(Plan plan) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 7); // the same task stream for every plan
        AnswerAggregator aggregator = plan.method().equals(DawidSkene.NAME) ? new DawidSkene() : new MajorityVote();
        AutomaticReview review = new AutomaticReview(aggregator, 3, plan.target());
        boolean withGold = plan.goldRate() > 0;
        ReviewRuleBase rules = withGold ? new ReviewRuleBase(ReviewPolicy.DEFAULT) : null;
        GoldEligibilityRuleBase eligibility = withGold
                ? new GoldEligibilityRuleBase(GoldEligibilityPolicy.DEFAULT) : null;
        SplittableRandom goldStream = new SplittableRandom(seed * 53 + 11); // gold draws apart from the task stream
        Deque<Pooled> pool = new ArrayDeque<>();
        Map<String, String> goldInPool = new java.util.HashMap<>();
        int[] ordinaryOf = new int[WORKERS];
        int[] goldOf = new int[WORKERS];
        int[] goldAnswered = new int[WORKERS]; // over the whole history, as the platform counts them
        int[] goldCorrect = new int[WORKERS];
        int submissions = 0;
        int automatic = 0;
        int automaticRight = 0;
        int human = 0;
        int extra = 0;
        int goldAnswers = 0;
        int goldRight = 0;
        int flagged = 0;
        java.util.Set<String> excluded = java.util.Set.of();
        long start = System.nanoTime();
        for (int t = 0; t < tasks; t++) {
            String taskId = "t" + t;
            int truth = r.nextInt(CLASSES);
            double difficulty = DIFFICULTIES[r.nextInt(DIFFICULTIES.length)];
            if (withGold) {
                excluded = eligibility.evaluate(records(goldAnswered, goldCorrect, null)).exclusions().keySet();
            }
            List<Integer> workers = new ArrayList<>();
            List<AutomaticReview.Answer> answers = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            AutomaticReview.Review outcome;
            int slots = REDUNDANCY;
            while (true) {
                while (answers.size() < slots) {
                    int w = distinctWorker(r, workers, excluded);
                    workers.add(w);
                    int label = answer(r, w, truth, difficulty);
                    labels.add(label);
                    answers.add(new AutomaticReview.Answer("s" + t + "-" + answers.size(), "w" + w, "c" + label));
                    ordinaryOf[w]++;
                    if (withGold && goldOf[w] < plan.goldRate() * ordinaryOf[w]) {
                        // gold mixing: the worker also answers a gold item, decided by its known answer at once
                        goldOf[w]++;
                        int known = goldStream.nextInt(CLASSES);
                        int given = answer(goldStream, w, known, DIFFICULTIES[goldStream.nextInt(DIFFICULTIES.length)]);
                        goldAnswers++;
                        goldRight += given == known ? 1 : 0;
                        String item = "g" + goldAnswers;
                        goldInPool.put(item, "c" + known);
                        enter(pool, new Pooled(new AutomaticReview.PooledAnswer(item, "w" + w, "c" + given), w, true,
                                given == known), goldAnswered, goldCorrect, goldInPool);
                    }
                }
                ReviewVerdict verdict = new ReviewVerdict("review:simulated");
                if (withGold) {
                    List<SubmittedAnswer> submitted = new ArrayList<>();
                    for (AutomaticReview.Answer a : answers) {
                        submitted.add(new SubmittedAnswer(a.submissionId(), taskId, a.workerId(),
                                "\"" + a.text() + "\"", a.text(), 60_000));
                    }
                    verdict = rules.evaluate(new ReviewTask(taskId, AnswerKind.LABEL, LABELS, null), submitted,
                            records(goldAnswered, goldCorrect, workers));
                }
                List<AutomaticReview.PooledAnswer> history = plan.method().equals(DawidSkene.NAME)
                        ? pool.stream().map(Pooled::answer).toList() : List.of();
                outcome = review.review(taskId, answers, verdict, new AutomaticReview.Pool(history,
                                plan.method().equals(DawidSkene.NAME) ? goldInPool : Map.of()),
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
                    case HUMAN_REVIEW -> {
                        human++;
                        flagged += decision.reason().startsWith("flagged by review rules") ? 1 : 0;
                    }
                }
            }
            for (int i = 0; i < answers.size(); i++) {
                enter(pool, new Pooled(new AutomaticReview.PooledAnswer(taskId, answers.get(i).workerId(),
                        answers.get(i).text()), workers.get(i), false, false), goldAnswered, goldCorrect, goldInPool);
            }
        }
        return new Result(plan, submissions, automatic, automaticRight, human, extra,
                (System.nanoTime() - start) / 1_000_000, goldAnswers, goldRight, flagged, excluded.size());
    }

    /**
     * Adds to the pool window; what falls out of it no longer anchors Dawid-Skene, but still counts in the gold
     * records, which the platform keeps over a worker's whole history (V18).
     */
    private void enter(Deque<Pooled> pool, Pooled entry, int[] goldAnswered, int[] goldCorrect,
                       Map<String, String> goldInPool) {
        pool.addLast(entry);
        if (entry.gold()) {
            goldAnswered[entry.worker()]++;
            goldCorrect[entry.worker()] += entry.right() ? 1 : 0;
        }
        while (pool.size() > poolSize) {
            Pooled left = pool.removeFirst();
            if (left.gold()) {
                goldInPool.remove(left.answer().item());
            }
        }
    }

    /** The gold records of the given workers (null: every worker with one), as the rule bases take them. */
    private static List<WorkerGoldRecord> records(int[] answered, int[] correct, List<Integer> workers) {
        List<WorkerGoldRecord> records = new ArrayList<>();
        for (int w = 0; w < answered.length; w++) {
            if (answered[w] > 0 && (workers == null || workers.contains(w))) {
                records.add(new WorkerGoldRecord("w" + w, answered[w], correct[w]));
            }
        }
        return records;
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

    /** The label worker {@code w} gives to an item whose true label is {@code truth}. */
    int answer(SplittableRandom r, int w, int truth, double difficulty) {
        if (spammer[w]) {
            return r.nextInt(CLASSES);
        }
        double p = sigmoid(logit(accuracy[w]) - 1.2 * difficulty);
        return r.nextDouble() < p ? truth : (truth + 1 + r.nextInt(CLASSES - 1)) % CLASSES;
    }

    private static int distinctWorker(SplittableRandom r, List<Integer> taken) {
        return distinctWorker(r, taken, java.util.Set.of());
    }

    /** A random worker not yet on the task and not excluded by eligibility. */
    private static int distinctWorker(SplittableRandom r, List<Integer> taken, java.util.Set<String> excluded) {
        if (WORKERS - excluded.size() <= taken.size() + 1) {
            throw new IllegalStateException("eligibility excluded " + excluded.size() + " of " + WORKERS + " workers");
        }
        while (true) {
            int w = r.nextInt(WORKERS);
            if (!taken.contains(w) && !excluded.contains("w" + w)) {
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
                new Plan("Dawid-Skene over the pool, 0.90, up to 5 assignments", DawidSkene.NAME, 0.90, 5),
                new Plan("gold 0.10: majority vote, 0.66, no overlap", MajorityVote.NAME, 0.66, 3, 0.10),
                new Plan("gold 0.10: majority vote, 0.75, up to 5 assignments", MajorityVote.NAME, 0.75, 5, 0.10),
                new Plan("gold 0.10: Dawid-Skene over the pool, 0.66, no overlap", DawidSkene.NAME, 0.66, 3, 0.10),
                new Plan("gold 0.10: Dawid-Skene over the pool, 0.90, up to 5 assignments", DawidSkene.NAME, 0.90, 5,
                        0.10));
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
                + " extra assignments | overall accuracy with humans | meets target | gold answers (right) |"
                + " flagged by the gold rule | excluded at the end | ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Plan plan : plans()) {
            boolean gold = plan.goldRate() > 0;
            boolean chosen = switch (only) {
                case "all" -> true;
                case "gold" -> gold;
                case "no-gold" -> !gold;
                default -> only.equals("only-" + plan.method()) && !gold
                        || only.equals("gold-" + plan.method()) && gold;
            };
            if (!chosen) {
                continue;
            }
            Result result = simulator.run(plan);
            double overall = (result.automaticRight() + humanAccuracy * result.human()) / result.submissions();
            boolean meets = result.automaticShare() >= 0.70 && result.automaticAccuracy() >= 0.95 * humanAccuracy;
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f %% | %.4f | %d | %.4f | %s | %d (%.4f) | %d | %d | %d |%n",
                    plan.name(), result.submissions(), 100 * result.automaticShare(), result.automaticAccuracy(),
                    result.extraAssignments(), overall, meets ? "yes" : "no", result.goldAnswers(),
                    result.goldAnswers() == 0 ? 0.0 : (double) result.goldRight() / result.goldAnswers(),
                    result.flagged(), result.excludedAtEnd(), result.millis());
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
