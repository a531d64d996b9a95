package io.crowdflow.bench.assignment;

import io.crowdflow.assignment.domain.AssignmentFeatures;
import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.Candidates;
import io.crowdflow.assignment.domain.TaskProfile;
import io.crowdflow.assignment.domain.WorkerRecord;
import io.crowdflow.assignment.infrastructure.policy.BestReputationAssignmentPolicy;
import io.crowdflow.assignment.infrastructure.policy.InMemoryBanditStatistics;
import io.crowdflow.assignment.infrastructure.policy.LinUcbAssignmentPolicy;
import io.crowdflow.assignment.infrastructure.policy.RandomAssignmentPolicy;
import io.crowdflow.assignment.infrastructure.policy.RoundRobinAssignmentPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A synthetic crowd that drives the platform's real policy classes ({@code AssignmentFeatures},
 * {@code LinUcbAssignmentPolicy} and the simple policies). Workers have a latent accuracy and speed
 * per task type; some are spammers, some drift; tasks have a type, a difficulty and a reward. Each
 * policy plays the same task stream (same seed) from the same crowd; an oracle that knows the latent
 * skills plays it too. Run: see docs/benchmarks.md ("Assignment and recommendation").
 */
public final class CrowdSimulator {

    static final String[] TYPES = {"labeling", "content-moderation", "translation", "transcription", "survey",
            "data-collection"};
    static final String[][] TYPE_SKILLS = {{"image"}, {"text"}, {"translation"}, {"audio"}, {}, {}};
    static final String[] SKILLS = {"image", "text", "translation", "audio"};
    static final double[] DIFFICULTIES = {0, 0.5, 1};
    static final double[] REWARDS = {0.1, 0.5, 2.0};
    static final int CAPACITY = 5;
    static final double DEADLINE = 1.0;

    /** The scenario; the defaults are "the default scenario" of docs/benchmarks.md. */
    record Scenario(int workers, double spammerShare, double driftShare, double typeSpread, double arrivalRate,
                    int assignments, int warmUp, int window) {
        static Scenario defaults() {
            return new Scenario(300, 0.10, 0.15, 0.20, 600, 30_000, 5_000, 1_000);
        }
    }

    /** Latent truth about one worker. */
    static final class Worker {
        final String id;
        final List<String> skills;
        final double[] accuracyStart = new double[TYPES.length];
        final double[] accuracyEnd = new double[TYPES.length];
        final double[] meanTime = new double[TYPES.length];
        final boolean spammer;
        // what the platform observes
        int accepted, decided, onTime, closed, open;
        final int[] acceptedOfType = new int[TYPES.length];
        final int[] decidedOfType = new int[TYPES.length];
        Instant lastAssignedAt;

        Worker(String id, List<String> skills, boolean spammer) {
            this.id = id;
            this.skills = skills;
            this.spammer = spammer;
        }

        double accuracy(int type, double progress) {
            return accuracyStart[type] + (accuracyEnd[type] - accuracyStart[type]) * progress;
        }

        double onTimeProbability(int type) {
            return 1 - Math.exp(-DEADLINE / (meanTime[type] * (1 + 0.3 * open)));
        }

        WorkerRecord record(int type) {
            return new WorkerRecord(id, skills, accepted, decided, acceptedOfType[type], decidedOfType[type], onTime,
                    closed, open, 0.0, lastAssignedAt);
        }
    }

    record Task(int type, double difficulty, double reward, TaskProfile profile) {
    }

    record Completion(double at, Worker worker, int type, double[] features, boolean inTime, boolean accepted,
                      double duration) {
    }

    /** What one policy achieved on one seed. */
    static final class Result {
        final String policy;
        long assignments, accepted, acceptedAfterWarmUp, afterWarmUp, submitted, unassigned;
        double completionTime, regret, expectedAfterWarmUp, oracleExpectedAfterWarmUp;
        final List<Double> curve = new ArrayList<>();

        Result(String policy) {
            this.policy = policy;
        }
    }

    private final Scenario scenario;
    private final long seed;

    CrowdSimulator(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The probability that the worker's work on this task is accepted and in time, now. */
    static double expectedReward(Worker w, Task task, double progress) {
        double accept = sigmoid(logit(w.accuracy(task.type, progress)) - 1.2 * task.difficulty);
        return accept * w.onTimeProbability(task.type);
    }

    List<Worker> crowd() {
        SplittableRandom r = new SplittableRandom(seed);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < scenario.workers(); i++) {
            List<String> skills = new ArrayList<>();
            for (String skill : SKILLS) {
                if (r.nextDouble() < 0.6) {
                    skills.add(skill);
                }
            }
            boolean spammer = r.nextDouble() < scenario.spammerShare();
            boolean drifts = !spammer && r.nextDouble() < scenario.driftShare();
            Worker w = new Worker(String.format("w%04d", i), List.copyOf(skills), spammer);
            double base = 0.35 + 0.6 * r.nextDouble();
            for (int t = 0; t < TYPES.length; t++) {
                if (spammer) {
                    w.accuracyStart[t] = 0.05 + 0.2 * r.nextDouble();
                    w.meanTime[t] = 0.05 + 0.1 * r.nextDouble();
                } else {
                    w.accuracyStart[t] = clamp(base + scenario.typeSpread() * gaussian(r), 0.02, 0.98);
                    w.meanTime[t] = 0.15 + 0.65 * r.nextDouble();
                }
                w.accuracyEnd[t] = drifts ? clamp(0.35 + 0.6 * r.nextDouble(), 0.02, 0.98) : w.accuracyStart[t];
            }
            workers.add(w);
        }
        return workers;
    }

    private static double gaussian(SplittableRandom r) {
        double u = Math.max(r.nextDouble(), 1e-12);
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** Plays the whole task stream with one policy; {@code policy} null means the oracle. */
    Result run(String name, AssignmentPolicy policy) {
        List<Worker> workers = crowd();
        SplittableRandom tasks = new SplittableRandom(seed * 31 + 1);
        SplittableRandom outcomes = new SplittableRandom(seed * 31 + 2);
        PriorityQueue<Completion> pending = new PriorityQueue<>(Comparator.comparingDouble(Completion::at));
        Result result = new Result(name);
        double now = 0;
        long windowAccepted = 0;
        int windowCount = 0;
        while (result.assignments < scenario.assignments()) {
            now += -Math.log(Math.max(tasks.nextDouble(), 1e-12)) / scenario.arrivalRate();
            int type = tasks.nextInt(TYPES.length);
            double difficulty = DIFFICULTIES[tasks.nextInt(DIFFICULTIES.length)];
            double reward = REWARDS[tasks.nextInt(REWARDS.length)];
            double u1 = outcomes.nextDouble();
            double u2 = outcomes.nextDouble();
            outcomes.nextDouble();   // a third draw per task, reserved (keeps the published figures reproducible)
            Task task = new Task(type, difficulty, reward, new TaskProfile(TYPES[type], List.of(TYPE_SKILLS[type]),
                    difficulty, reward));
            while (!pending.isEmpty() && pending.peek().at() <= now) {
                learn(pending.poll(), policy);
            }
            double progress = (double) result.assignments / scenario.assignments();
            List<Worker> eligible = eligible(workers, type);
            if (eligible.isEmpty()) {
                result.unassigned++;
                continue;
            }
            Candidates candidates = new Candidates(eligible.size());
            for (Worker w : eligible) {
                candidates.add(w.id, w.lastAssignedAt, task.profile(), w.record(type), CAPACITY);
            }
            double best = 0;
            int oracleIndex = 0;
            for (int i = 0; i < eligible.size(); i++) {
                double e = expectedReward(eligible.get(i), task, progress);
                if (e > best) {
                    best = e;
                    oracleIndex = i;
                }
            }
            int index = policy == null ? oracleIndex
                    : policy.choose(task.profile(), candidates).map(AssignmentPolicy.Choice::index).orElseThrow();
            Worker chosen = eligible.get(index);
            double expected = expectedReward(chosen, task, progress);
            result.regret += best - expected;
            // the outcome, from common random numbers so that policies meet the same luck
            double accept = sigmoid(logit(chosen.accuracy(type, progress)) - 1.2 * difficulty);
            double mean = chosen.meanTime[type] * (1 + 0.3 * chosen.open);
            double duration = -Math.log(Math.max(u1, 1e-12)) * mean;
            boolean inTime = duration <= DEADLINE;
            boolean accepted = inTime && u2 < accept;
            chosen.open++;
            chosen.lastAssignedAt = Instant.ofEpochMilli((long) (now * 3_600_000));
            pending.add(new Completion(now + Math.min(duration, DEADLINE), chosen, type,
                    candidates.features(index), inTime, accepted, duration));
            result.assignments++;
            if (accepted) {
                result.accepted++;
            }
            if (inTime) {
                result.submitted++;
                result.completionTime += duration;
            }
            if (result.assignments > scenario.warmUp()) {
                result.afterWarmUp++;
                result.acceptedAfterWarmUp += accepted ? 1 : 0;
                result.expectedAfterWarmUp += expected;
                result.oracleExpectedAfterWarmUp += best;
            }
            windowAccepted += accepted ? 1 : 0;
            if (++windowCount == scenario.window()) {
                result.curve.add((double) windowAccepted / windowCount);
                windowAccepted = 0;
                windowCount = 0;
            }
        }
        return result;
    }

    private static List<Worker> eligible(List<Worker> workers, int type) {
        List<Worker> eligible = new ArrayList<>();
        for (Worker w : workers) {
            if (w.open < CAPACITY && w.skills.containsAll(List.of(TYPE_SKILLS[type]))) {
                eligible.add(w);
            }
        }
        // turn order, as the platform gives it: least recently assigned (or never) first
        eligible.sort(Comparator.comparing((Worker w) -> w.lastAssignedAt,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(w -> w.id));
        return eligible;
    }

    private static void learn(Completion c, AssignmentPolicy policy) {
        Worker w = c.worker();
        w.open--;
        w.closed++;
        if (c.inTime()) {
            w.onTime++;
            w.decided++;
            w.decidedOfType[c.type()]++;
            if (c.accepted()) {
                w.accepted++;
                w.acceptedOfType[c.type()]++;
            }
        }
        if (policy != null) {
            policy.learn(TYPES[c.type()], w.id, c.features(), c.accepted() ? 1 : 0);
        }
    }

    // ---------------------------------------------------------------- the report

    static double alpha = LinUcbAssignmentPolicy.DEFAULT_ALPHA;
    static double kappa = LinUcbAssignmentPolicy.DEFAULT_KAPPA;

    static Map<String, Supplier<AssignmentPolicy>> policies(long seed) {
        Map<String, Supplier<AssignmentPolicy>> policies = new LinkedHashMap<>();
        policies.put("random", () -> new RandomAssignmentPolicy(seed));
        policies.put("round-robin", RoundRobinAssignmentPolicy::new);
        policies.put("best-reputation", BestReputationAssignmentPolicy::new);
        policies.put("linucb", () -> new LinUcbAssignmentPolicy(
                new InMemoryBanditStatistics(AssignmentFeatures.DIMENSION, LinUcbAssignmentPolicy.DEFAULT_LAMBDA,
                        kappa), alpha));
        policies.put("oracle", () -> null);
        return policies;
    }

    public static void main(String[] args) throws IOException {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path out = Path.of(args.length > 1 ? args[1] : "docs/benchmarks");
        alpha = args.length > 2 ? Double.parseDouble(args[2]) : LinUcbAssignmentPolicy.DEFAULT_ALPHA;
        kappa = args.length > 3 ? Double.parseDouble(args[3]) : LinUcbAssignmentPolicy.DEFAULT_KAPPA;
        Scenario scenario = Scenario.defaults();
        Map<String, List<Result>> results = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (int s = 1; s <= seeds; s++) {
            for (Map.Entry<String, Supplier<AssignmentPolicy>> p : policies(s).entrySet()) {
                CrowdSimulator simulator = new CrowdSimulator(scenario, s);
                results.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(simulator.run(p.getKey(),
                        p.getValue().get()));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String table = table(scenario, seeds, results, seconds);
        System.out.println(table);
        Files.createDirectories(out);
        Files.writeString(out.resolve("assignment-simulation.md"), table);
        Files.writeString(out.resolve("assignment-learning-curve.svg"), svg(scenario, results));
    }

    static double mean(List<Result> rs, java.util.function.ToDoubleFunction<Result> f) {
        return rs.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    static String table(Scenario sc, int seeds, Map<String, List<Result>> results, double seconds) {
        StringBuilder s = new StringBuilder();
        double oracleAfter = mean(results.get("oracle"), r -> (double) r.acceptedAfterWarmUp / r.afterWarmUp);
        double bestSimple = 0;
        for (String simple : List.of("random", "round-robin", "best-reputation")) {
            bestSimple = Math.max(bestSimple, mean(results.get(simple), r -> (double) r.accepted / r.assignments));
        }
        s.append(String.format(Locale.ROOT, "Default scenario: %d workers (%.0f %% spammers, %.0f %% drifting, per-type "
                        + "accuracy spread %.2f), %d task types, %d assignments per run (warm-up %d), arrival rate %.0f "
                        + "per deadline, capacity %d; mean of %d seeds; %.1f s in all.%n%n", sc.workers(),
                100 * sc.spammerShare(), 100 * sc.driftShare(), sc.typeSpread(), TYPES.length, sc.assignments(),
                sc.warmUp(), sc.arrivalRate(), CAPACITY, seeds, seconds));
        s.append("| policy | accepted work per assignment | after warm-up | vs oracle after warm-up | vs best simple policy "
                + "| mean completion time (deadlines) | cumulative regret | regret per assignment after warm-up |\n");
        s.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Map.Entry<String, List<Result>> e : results.entrySet()) {
            List<Result> rs = e.getValue();
            double share = mean(rs, r -> (double) r.accepted / r.assignments);
            double after = mean(rs, r -> (double) r.acceptedAfterWarmUp / r.afterWarmUp);
            double time = mean(rs, r -> r.completionTime / r.submitted);
            double regret = mean(rs, r -> r.regret);
            double regretAfter = mean(rs, r -> (r.oracleExpectedAfterWarmUp - r.expectedAfterWarmUp) / r.afterWarmUp);
            s.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.1f %% | %+.1f %% | %.3f | %.0f | %.3f |%n",
                    e.getKey(), share, after, 100 * after / oracleAfter, 100 * (share / bestSimple - 1), time, regret,
                    regretAfter));
        }
        return s.toString();
    }

    static String svg(Scenario sc, Map<String, List<Result>> results) {
        int width = 720;
        int height = 400;
        int left = 60;
        int right = 150;
        int top = 30;
        int bottom = 50;
        String[] colours = {"#999999", "#1f77b4", "#ff7f0e", "#2ca02c", "#000000"};
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", width, height));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\">Accepted work per assignment, per window of %d "
                + "assignments (mean of seeds)</text>%n", left, sc.window()));
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        for (int i = 0; i <= 5; i++) {
            double v = i / 5.0;
            int y = top + plotH - (int) (v * plotH);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eeeeee\"/>"
                    + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.1f</text>%n", left, y, left + plotW, y, left - 6,
                    y + 4, v));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">assignments (thousands)"
                + "</text>%n", left + plotW / 2, height - 12));
        int windows = sc.assignments() / sc.window();
        for (int i = 0; i <= windows; i += 5) {
            int x = left + (int) ((double) i / windows * plotW);
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x,
                    top + plotH + 16, i * sc.window() / 1000));
        }
        int c = 0;
        for (Map.Entry<String, List<Result>> e : results.entrySet()) {
            StringBuilder points = new StringBuilder();
            for (int w = 0; w < windows; w++) {
                final int k = w;
                double v = mean(e.getValue(), r -> k < r.curve.size() ? r.curve.get(k) : Double.NaN);
                int x = left + (int) ((w + 0.5) / windows * plotW);
                int y = top + plotH - (int) (v * plotH);
                points.append(x).append(',').append(y).append(' ');
            }
            String colour = colours[c % colours.length];
            s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>"
                    + "%n", colour, points.toString().trim()));
            int ly = top + 20 + 18 * c;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                            + "stroke-width=\"2\"/><text x=\"%d\" y=\"%d\">%s</text>%n", left + plotW + 10, ly,
                    left + plotW + 30, ly, colour, left + plotW + 36, ly + 4, e.getKey()));
            c++;
        }
        s.append("</svg>\n");
        return s.toString();
    }
}
