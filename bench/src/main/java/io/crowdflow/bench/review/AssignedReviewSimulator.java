package io.crowdflow.bench.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.time.Instant;

import io.crowdflow.assignment.domain.AssignmentFeatures;
import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.Candidates;
import io.crowdflow.assignment.domain.TaskProfile;
import io.crowdflow.assignment.domain.WorkerRecord;
import io.crowdflow.assignment.infrastructure.policy.InMemoryBanditStatistics;
import io.crowdflow.assignment.infrastructure.policy.LinUcbAssignmentPolicy;
import io.crowdflow.assignment.infrastructure.policy.RandomAssignmentPolicy;
import io.crowdflow.review.domain.AutomaticReview;
import io.crowdflow.review.domain.aggregation.AnswerAggregator;
import io.crowdflow.review.domain.aggregation.MajorityVote;
import io.crowdflow.review.domain.aggregation.WeightedVote;
import io.crowdflow.rules.eligibility.GoldEligibilityPolicy;
import io.crowdflow.rules.eligibility.GoldEligibilityRuleBase;
import io.crowdflow.rules.review.AnswerKind;
import io.crowdflow.rules.review.ReviewPolicy;
import io.crowdflow.rules.review.ReviewRuleBase;
import io.crowdflow.rules.review.ReviewTask;
import io.crowdflow.rules.review.ReviewVerdict;
import io.crowdflow.rules.review.SubmittedAnswer;
import io.crowdflow.rules.review.WorkerGoldRecord;

/**
 * Review as the whole platform runs it on the default crowd: the same 300 workers as {@link ReviewSimulator}
 * (the assignment simulator's default scenario), but each slot is given by the platform's assignment policy
 * ({@code LinUcbAssignmentPolicy}, the production class, or {@code RandomAssignmentPolicy} for comparison) among
 * the workers who have room, as the platform assigns work, instead of to a worker drawn at random.
 *
 * <p>Time as in the assignment simulator: tasks arrive at {@value #TASK_RATE} per deadline (with redundancy 3 that
 * is its default 600 assignments per deadline), each worker holds at most {@value #CAPACITY} open assignments and
 * takes Exp(mean time × (1 + 0.3 × open)), mean time U(0.15, 0.8) deadlines. A task is reviewed when its last
 * answer is in (an extra assignment of dynamic overlap is made then); gold items are mixed in at the plan's rate
 * ({@code GoldMixing}'s rule), take a slot and a worker's time like any task, and count in the worker's gold
 * record when they are answered. The platform's review rule base flags workers with low gold accuracy, its
 * eligibility rule base takes workers who fail gold out of the draw (both Drools, default policies), and the
 * policy learns from every decision (accepted 1, rejected 0), automatic or human, as the platform's does.
 *
 * <p>What the policy sees is what the platform knows: review outcomes, open work, the reputation on the type (here
 * the gold record with a Beta(1, 1) prior; the platform's estimate also uses Dawid-Skene over the pool) and the
 * difficulty the platform derives from the redundancy, not the latent accuracies or the task's real difficulty.
 *
 * <pre>
 * java -cp bench/target/crowdflow-bench.jar io.crowdflow.bench.review.AssignedReviewSimulator [tasks] [seed] [human]
 * </pre>
 */
public final class AssignedReviewSimulator {

    static final double TASK_RATE = 200;
    static final int CAPACITY = 5;
    static final String TYPE = "labeling";
    private static final Set<String> LABELS = Set.of("c0", "c1", "c2");

    /**
     * One configuration: assignment policy, aggregation, target confidence, most assignments, gold rate, and the
     * review rules' gold flag threshold ({@code crowdflow.review.minimum-gold-accuracy}, default 0.7).
     */
    record Plan(String name, String policy, String method, double target, int maxAssignments, double goldRate,
                double minimumGoldAccuracy) {
        Plan(String name, String policy, String method, double target, int maxAssignments, double goldRate) {
            this(name, policy, method, target, maxAssignments, goldRate,
                    ReviewPolicy.DEFAULT.minimumGoldAccuracy());
        }

        ReviewPolicy reviewPolicy() {
            ReviewPolicy d = ReviewPolicy.DEFAULT;
            return new ReviewPolicy(d.minimumWorkTime(), d.duplicateMinimumLength(), d.goldFailureAction(),
                    minimumGoldAccuracy, d.minimumGoldAnswers());
        }
    }

    /** What one configuration achieved on the ordinary tasks' submissions; gold answers apart. */
    record Result(Plan plan, int submissions, int automatic, int automaticRight, int human, int extraAssignments,
                  int goldAnswers, int goldRight, int flagged, int excludedAtEnd, int workersUsed,
                  double answerAccuracy, int unassigned, long millis) {
        double automaticShare() {
            return (double) automatic / submissions;
        }

        double automaticAccuracy() {
            return automatic == 0 ? Double.NaN : (double) automaticRight / automatic;
        }
    }

    /** A worker's state as the platform sees it, and their latent speed. */
    private static final class Worker {
        final int index;
        final double meanTime;
        int open;
        int accepted;
        int decided;
        int goldAnswered;
        int goldRight;
        int ordinary;
        int gold;
        Instant lastAssignedAt;

        Worker(int index, double meanTime) {
            this.index = index;
            this.meanTime = meanTime;
        }

        String id() {
            return "w" + index;
        }

        WorkerRecord record() {
            return new WorkerRecord(id(), List.of(), accepted, decided, accepted, decided, decided, decided, open, 0,
                    lastAssignedAt, (goldRight + 1.0) / (goldAnswered + 2.0));
        }
    }

    /** One ordinary task under way. */
    private static final class Task {
        final String id;
        final int truth;
        final double difficulty;
        final List<Worker> workers = new ArrayList<>();
        final List<double[]> features = new ArrayList<>();
        final List<Integer> labels = new ArrayList<>();
        int pending;

        Task(String id, int truth, double difficulty) {
            this.id = id;
            this.truth = truth;
            this.difficulty = difficulty;
        }
    }

    /** An answer due at {@code at}: a slot of an ordinary task, or a gold item (task null). */
    private record Due(double at, Worker worker, Task task, int label, boolean goldRight, double[] features) {
    }

    private final ReviewSimulator crowd;
    private final int tasks;
    private final long seed;
    private final double human;

    AssignedReviewSimulator(int tasks, long seed, double human) {
        this.crowd = new ReviewSimulator(tasks, seed, 0);
        this.tasks = tasks;
        this.seed = seed;
        this.human = human;
    }

    Result run(Plan plan) {
        long started = System.nanoTime();
        SplittableRandom stream = new SplittableRandom(seed * 31 + 7);
        SplittableRandom answers = new SplittableRandom(seed * 31 + 8);
        SplittableRandom goldStream = new SplittableRandom(seed * 53 + 11);
        SplittableRandom humans = new SplittableRandom(seed * 59 + 13);
        SplittableRandom speed = new SplittableRandom(seed * 61 + 17);
        List<Worker> workers = new ArrayList<>();
        for (int w = 0; w < ReviewSimulator.WORKERS; w++) {
            workers.add(new Worker(w, 0.15 + 0.65 * speed.nextDouble()));
        }
        AssignmentPolicy policy = plan.policy().equals("linucb")
                ? new LinUcbAssignmentPolicy(new InMemoryBanditStatistics(AssignmentFeatures.DIMENSION,
                LinUcbAssignmentPolicy.DEFAULT_LAMBDA, LinUcbAssignmentPolicy.DEFAULT_KAPPA),
                LinUcbAssignmentPolicy.DEFAULT_ALPHA)
                : new RandomAssignmentPolicy(seed);
        ReviewRuleBase rules = plan.goldRate() > 0 ? new ReviewRuleBase(plan.reviewPolicy()) : null;
        GoldEligibilityRuleBase eligibility = plan.goldRate() > 0
                ? new GoldEligibilityRuleBase(GoldEligibilityPolicy.DEFAULT) : null;
        TaskProfile profile = new TaskProfile(TYPE, List.of(), TaskProfile.difficultyFromRedundancy(3), 0.5);
        PriorityQueue<Due> due = new PriorityQueue<>(Comparator.comparingDouble(Due::at));
        Counts counts = new Counts();
        Set<String> excluded = Set.of();
        double now = 0;
        for (int t = 0; t < tasks; t++) {
            now += -Math.log(Math.max(stream.nextDouble(), 1e-12)) / TASK_RATE;
            Task task = new Task("t" + t, stream.nextInt(ReviewSimulator.CLASSES),
                    ReviewSimulator.DIFFICULTIES[stream.nextInt(ReviewSimulator.DIFFICULTIES.length)]);
            while (!due.isEmpty() && due.peek().at() <= now) {
                answerIn(due.poll(), plan, policy, rules, profile, workers, due, answers, goldStream, humans,
                        counts, excluded);
            }
            if (eligibility != null) {
                excluded = eligibility.evaluate(goldRecords(workers)).exclusions().keySet();
            }
            for (int k = 0; k < ReviewSimulator.REDUNDANCY; k++) {
                if (!assign(task, now, plan, policy, profile, workers, due, answers, goldStream, excluded)) {
                    counts.unassigned++;
                }
            }
        }
        while (!due.isEmpty()) {
            answerIn(due.poll(), plan, policy, rules, profile, workers, due, answers, goldStream, humans, counts,
                    excluded);
        }
        int used = (int) workers.stream().filter(w -> w.ordinary > 0).count();
        return new Result(plan, counts.submissions, counts.automatic, counts.automaticRight, counts.human,
                counts.extra, counts.goldAnswers, counts.goldRight, counts.flagged, excluded.size(), used,
                (double) counts.answersRight / counts.submissions, counts.unassigned,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static final class Counts {
        int submissions;
        int automatic;
        int automaticRight;
        int human;
        int extra;
        int goldAnswers;
        int goldRight;
        int flagged;
        int unassigned;
        int answersRight;
    }

    /** Gives one slot of the task to the policy's choice among the workers with room; false when nobody has room. */
    private boolean assign(Task task, double now, Plan plan, AssignmentPolicy policy, TaskProfile profile,
                           List<Worker> workers, PriorityQueue<Due> due, SplittableRandom answers,
                           SplittableRandom goldStream, Set<String> excluded) {
        List<Worker> eligible = new ArrayList<>();
        for (Worker w : workers) {
            if (w.open < CAPACITY && !task.workers.contains(w) && !excluded.contains(w.id())) {
                eligible.add(w);
            }
        }
        if (eligible.isEmpty()) {
            return false;
        }
        // turn order, as the platform gives it: least recently assigned (or never) first
        eligible.sort(Comparator.comparing((Worker w) -> w.lastAssignedAt,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(w -> w.index));
        Candidates candidates = new Candidates(eligible.size());
        for (Worker w : eligible) {
            candidates.add(w.id(), w.lastAssignedAt, profile, w.record(), CAPACITY);
        }
        int chosen = policy.choose(profile, candidates).map(AssignmentPolicy.Choice::index).orElseThrow();
        Worker worker = eligible.get(chosen);
        int label = crowd.answer(answers, worker.index, task.truth, task.difficulty);
        task.workers.add(worker);
        task.features.add(candidates.features(chosen));
        task.labels.add(label);
        task.pending++;
        start(worker, now);
        due.add(new Due(now + duration(answers, worker), worker, task, label, false, null));
        worker.ordinary++;
        if (plan.goldRate() > 0 && worker.gold < plan.goldRate() * worker.ordinary) {
            // GoldMixing: the worker also gets a gold item, a one-slot task of its own
            worker.gold++;
            int known = goldStream.nextInt(ReviewSimulator.CLASSES);
            int given = crowd.answer(goldStream, worker.index, known,
                    ReviewSimulator.DIFFICULTIES[goldStream.nextInt(ReviewSimulator.DIFFICULTIES.length)]);
            start(worker, now);
            due.add(new Due(now + duration(answers, worker), worker, null, given, given == known,
                    candidates.features(chosen)));
        }
        return true;
    }

    private static void start(Worker worker, double now) {
        worker.open++;
        worker.lastAssignedAt = Instant.ofEpochMilli((long) (now * 3_600_000));
    }

    private static double duration(SplittableRandom r, Worker w) {
        return -Math.log(Math.max(r.nextDouble(), 1e-12)) * w.meanTime * (1 + 0.3 * (w.open - 1));
    }

    /** One answer comes in: a gold answer is judged at once; the last answer of a task sends it to review. */
    private void answerIn(Due d, Plan plan, AssignmentPolicy policy, ReviewRuleBase rules, TaskProfile profile,
                          List<Worker> workers, PriorityQueue<Due> due, SplittableRandom answers,
                          SplittableRandom goldStream, SplittableRandom humans, Counts counts, Set<String> excluded) {
        Worker w = d.worker();
        w.open--;
        if (d.task() == null) {
            w.goldAnswered++;
            w.goldRight += d.goldRight() ? 1 : 0;
            counts.goldAnswers++;
            counts.goldRight += d.goldRight() ? 1 : 0;
            decided(policy, w, d.features(), d.goldRight());
            return;
        }
        Task task = d.task();
        if (--task.pending > 0) {
            return;
        }
        review(task, d.at(), plan, policy, rules, profile, workers, due, answers, goldStream, humans, counts,
                excluded);
    }

    private void review(Task task, double now, Plan plan, AssignmentPolicy policy, ReviewRuleBase rules,
                        TaskProfile profile, List<Worker> workers, PriorityQueue<Due> due, SplittableRandom answers,
                        SplittableRandom goldStream, SplittableRandom humans, Counts counts, Set<String> excluded) {
        List<AutomaticReview.Answer> submitted = new ArrayList<>();
        List<WorkerGoldRecord> records = goldRecords(task.workers);
        for (int i = 0; i < task.workers.size(); i++) {
            submitted.add(new AutomaticReview.Answer(task.id + "-" + i, task.workers.get(i).id(),
                    "c" + task.labels.get(i)));
        }
        ReviewVerdict verdict = new ReviewVerdict("review:simulated");
        if (rules != null) {
            List<SubmittedAnswer> answersForRules = submitted.stream().map(a -> new SubmittedAnswer(a.submissionId(),
                    task.id, a.workerId(), "\"" + a.text() + "\"", a.text(), 60_000)).toList();
            verdict = rules.evaluate(new ReviewTask(task.id, AnswerKind.LABEL, LABELS, null), answersForRules,
                    records);
        }
        AnswerAggregator aggregator = plan.method().equals(WeightedVote.NAME) ? new WeightedVote(weights(records),
                LABELS.size()) : new MajorityVote();
        AutomaticReview.Review outcome = new AutomaticReview(aggregator, 3, plan.target()).review(task.id, submitted,
                verdict, AutomaticReview.Pool.EMPTY, new AutomaticReview.Overlap(task.workers.size(),
                        plan.maxAssignments() > ReviewSimulator.REDUNDANCY ? plan.maxAssignments() : 0));
        if (outcome.extraAssignment()) {
            counts.extra++;
            if (assign(task, now, plan, policy, profile, workers, due, answers, goldStream, excluded)) {
                return;
            }
            counts.unassigned++;
            outcome = new AutomaticReview(aggregator, 3, plan.target()).review(task.id, submitted, verdict,
                    AutomaticReview.Pool.EMPTY, AutomaticReview.Overlap.NONE);
        }
        for (AutomaticReview.Decision decision : outcome.decisions()) {
            int i = Integer.parseInt(decision.submissionId().substring(decision.submissionId().indexOf('-') + 1));
            boolean right = task.labels.get(i) == task.truth;
            boolean accepted;
            counts.submissions++;
            counts.answersRight += right ? 1 : 0;
            switch (decision.outcome()) {
                case ACCEPT -> {
                    counts.automatic++;
                    counts.automaticRight += right ? 1 : 0;
                    accepted = true;
                }
                case REJECT -> {
                    counts.automatic++;
                    counts.automaticRight += right ? 0 : 1;
                    accepted = false;
                }
                default -> {
                    counts.human++;
                    counts.flagged += decision.reason().startsWith("flagged by review rules") ? 1 : 0;
                    accepted = humans.nextDouble() < human ? right : !right;
                }
            }
            decided(policy, task.workers.get(i), task.features.get(i), accepted);
        }
    }

    /** The platform learns from every decision on a worker's work. */
    private static void decided(AssignmentPolicy policy, Worker w, double[] features, boolean accepted) {
        w.decided++;
        w.accepted += accepted ? 1 : 0;
        policy.learn(TYPE, w.id(), features, accepted ? 1 : 0);
    }

    private static List<WorkerGoldRecord> goldRecords(List<Worker> workers) {
        List<WorkerGoldRecord> records = new ArrayList<>();
        for (Worker w : workers) {
            if (w.goldAnswered > 0) {
                records.add(new WorkerGoldRecord(w.id(), w.goldAnswered, w.goldRight));
            }
        }
        return records;
    }

    private static Map<String, WeightedVote.GoldRecord> weights(List<WorkerGoldRecord> records) {
        Map<String, WeightedVote.GoldRecord> weights = new HashMap<>();
        records.forEach(r -> weights.put(r.workerId(), new WeightedVote.GoldRecord(r.answered(), r.correct())));
        return weights;
    }

    static List<Plan> plans() {
        String mv = MajorityVote.NAME;
        String wv = WeightedVote.NAME;
        return List.of(
                new Plan("random assignment: majority vote, 0.75, up to 5", "random", mv, 0.75, 5, 0.10),
                new Plan("random assignment: weighted vote, 0.80, up to 5, gold flag below 0.5", "random", wv, 0.80, 5,
                        0.10, 0.5),
                new Plan("platform default: LinUCB, majority vote, 0.66, no overlap", "linucb", mv, 0.66, 3, 0.10),
                new Plan("LinUCB: majority vote, 0.75, up to 5", "linucb", mv, 0.75, 5, 0.10),
                new Plan("LinUCB: majority vote, 0.75, up to 5, gold flag below 0.5", "linucb", mv, 0.75, 5, 0.10, 0.5),
                new Plan("LinUCB: weighted vote, 0.80, up to 5", "linucb", wv, 0.80, 5, 0.10),
                new Plan("LinUCB: weighted vote, 0.80, up to 5, gold flag below 0.5", "linucb", wv, 0.80, 5, 0.10, 0.5),
                new Plan("LinUCB: weighted vote, 0.85, up to 5, gold flag below 0.5", "linucb", wv, 0.85, 5, 0.10,
                        0.5));
    }

    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 12_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        double human = args.length > 2 ? Double.parseDouble(args[2]) : 0.95;
        String only = args.length > 3 ? args[3] : ""; // plans whose name contains this
        AssignedReviewSimulator simulator = new AssignedReviewSimulator(tasks, seed, human);
        System.out.printf(Locale.ROOT, "# %d tasks, seed %d, the default crowd (%d workers), %.0f tasks per deadline,"
                        + " capacity %d, gold items mixed in at 0.10; human baseline %.2f, target: >= 70 %% automatic at >= %.4f%n", tasks, seed,
                ReviewSimulator.WORKERS, TASK_RATE, CAPACITY, human, 0.95 * human);
        System.out.println("| plan | submissions | answers right | decided automatically | accuracy of automatic"
                + " decisions | extra assignments | overall accuracy with humans | meets target | gold answers (right)"
                + " | flagged by the gold rule | excluded at the end | workers given work | ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Plan plan : plans()) {
            if (!plan.name().contains(only)) {
                continue;
            }
            Result r = simulator.run(plan);
            double overall = (r.automaticRight() + human * r.human()) / r.submissions();
            boolean meets = r.automaticShare() >= 0.70 && r.automaticAccuracy() >= 0.95 * human;
            System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.1f %% | %.4f | %d | %.4f | %s | %d (%.3f) | %d | %d |"
                            + " %d | %d |%n", plan.name(), r.submissions(), r.answerAccuracy(),
                    100 * r.automaticShare(), r.automaticAccuracy(), r.extraAssignments(), overall,
                    meets ? "yes" : "no", r.goldAnswers(), (double) r.goldRight() / Math.max(1, r.goldAnswers()),
                    r.flagged(), r.excludedAtEnd(), r.workersUsed(), r.millis());
            if (r.unassigned() > 0) {
                System.out.println("  (slots nobody had room for: " + r.unassigned() + ")");
            }
        }
    }
}
