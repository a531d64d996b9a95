package io.crowdflow.assignment.domain;

import java.util.List;

/**
 * The feature vector of a (worker, task) pair: the context of the bandit. Every feature lies in
 * [0, 1]. docs/assignment.md explains each one.
 */
public final class AssignmentFeatures {

    public static final int BIAS = 0;
    public static final int SKILL_MATCH = 1;
    public static final int REPUTATION = 2;
    public static final int REPUTATION_OF_TYPE = 3;
    public static final int EXPERIENCE_OF_TYPE = 4;
    public static final int AFFINITY = 5;
    public static final int WORKLOAD = 6;
    public static final int ON_TIME = 7;
    public static final int DIFFICULTY = 8;
    public static final int REWARD = 9;
    public static final int REPUTATION_OF_TYPE_UPPER = 10;
    public static final int REPUTATION_OF_TYPE_X_ON_TIME = 11;
    /** Task type hashed into {@link #TYPE_BUCKETS} one-hot buckets from here on. */
    public static final int TYPE = 12;
    public static final int TYPE_BUCKETS = 4;
    /** How many standard deviations the optimistic reputation adds (per-worker exploration). */
    public static final double OPTIMISM = 1.0;
    public static final int DIMENSION = TYPE + TYPE_BUCKETS;

    public static final List<String> NAMES = List.of("bias", "skill", "rep", "repType", "expType", "affinity",
            "load", "onTime", "difficulty", "reward", "repTypeUpper", "repTypeXonTime", "type0", "type1",
            "type2", "type3");

    /** Rewards are scaled by log(1 + amount) / log(1 + this), capped at 1. */
    static final double REWARD_SCALE = Math.log1p(100);

    private AssignmentFeatures() {
    }

    public static double[] of(TaskProfile task, WorkerRecord worker, int capacity) {
        double[] x = new double[DIMENSION];
        write(task, worker, capacity, x, 0, 1);
        return x;
    }

    /**
     * Writes the vector into {@code into}, feature j at {@code offset + j * stride} (stride 1: a row; stride n: a
     * column of a column-major matrix), every coordinate, so no allocation and no clearing beforehand.
     */
    public static void write(TaskProfile task, WorkerRecord worker, int capacity, double[] into, int offset,
                             int stride) {
        double[] x = into;
        int o = offset;
        int s = stride;
        x[o + BIAS * s] = 1;
        x[o + SKILL_MATCH * s] = skillMatch(task.skills(), worker.skills());
        x[o + REPUTATION * s] = worker.reputation();
        double repType = worker.reputationOfType();
        x[o + REPUTATION_OF_TYPE * s] = repType;
        x[o + EXPERIENCE_OF_TYPE * s] = worker.decidedOfType() / (worker.decidedOfType() + 5.0);
        x[o + AFFINITY * s] = clamp(worker.affinity());
        x[o + WORKLOAD * s] = capacity <= 0 ? 0 : clamp((double) worker.open() / capacity);
        double onTime = worker.onTimeRate();
        x[o + ON_TIME * s] = onTime;
        x[o + DIFFICULTY * s] = task.difficulty();
        x[o + REWARD * s] = task.scaledReward();
        x[o + REPUTATION_OF_TYPE_UPPER * s] = Math.min(1, repType
                + OPTIMISM * Math.sqrt(repType * (1 - repType) / (worker.decidedOfType() + 2.0)));
        x[o + REPUTATION_OF_TYPE_X_ON_TIME * s] = repType * onTime;
        int bucket = task.typeBucket();
        for (int b = 0; b < TYPE_BUCKETS; b++) {
            x[o + (TYPE + b) * s] = b == bucket ? 1 : 0;
        }
    }

    /** Jaccard similarity of the task's and the worker's skills; 0 when the task asks for none. */
    static double skillMatch(List<String> taskSkills, List<String> workerSkills) {
        if (taskSkills.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (int i = 0; i < taskSkills.size(); i++) {     // no streams: this runs once per candidate
            if (workerSkills.contains(taskSkills.get(i))) {
                common++;
            }
        }
        int union = taskSkills.size() + workerSkills.size() - common;
        return union == 0 ? 0 : (double) common / union;
    }

    public static int typeBucket(String type) {
        return Math.floorMod(type.hashCode(), TYPE_BUCKETS);
    }

    /** A short, human-readable rendering for the assignment's reason: the named features that vary by worker. */
    public static String describe(double[] x) {
        return String.format(java.util.Locale.ROOT, "skill=%.2f rep=%.2f repType=%.2f expType=%.2f affinity=%.2f "
                        + "load=%.2f onTime=%.2f difficulty=%.2f reward=%.2f",
                x[SKILL_MATCH], x[REPUTATION], x[REPUTATION_OF_TYPE], x[EXPERIENCE_OF_TYPE], x[AFFINITY],
                x[WORKLOAD], x[ON_TIME], x[DIFFICULTY], x[REWARD]);
    }

    /** Compact storage form (the chosen candidate's vector is kept on the assignment to learn from later). */
    public static String encode(double[] x) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(String.format(java.util.Locale.ROOT, "%.6g", x[i]));
        }
        return s.toString();
    }

    public static double[] decode(String text) {
        String[] parts = text.split(",");
        double[] x = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            x[i] = Double.parseDouble(parts[i]);
        }
        return x;
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
