package io.crowdflow.assignment.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The eligible workers for one task, in turn order, as columns: ids, last assignment times and one column-major
 * feature matrix ({@link AssignmentFeatures}; feature j of candidate i at {@code j * stride() + i}, so that a
 * policy scores all candidates one feature at a time in loops the JIT vectorises). One decision among 10,000
 * workers allocates no object per worker: {@link #add(String, Instant, TaskProfile, WorkerRecord, int)} writes the
 * features into the matrix.
 * {@link #clear()} keeps the arrays, so a caller that decides again (a pooled bean, a benchmark thread) reuses
 * them. Not thread-safe: one decision at a time.
 */
public final class Candidates {

    private static final int D = AssignmentFeatures.DIMENSION;

    private String[] workerIds;
    private Instant[] lastAssignedAt;
    private boolean[] profiled;
    private double[] features;
    private int stride;
    private final double[][] scratch = new double[2][];
    private int size;

    public Candidates(int expected) {
        int capacity = Math.max(expected, 4);
        workerIds = new String[capacity];
        lastAssignedAt = new Instant[capacity];
        profiled = new boolean[capacity];
        features = new double[capacity * D];
        stride = capacity;
    }

    /** Candidates from records (tests, simple callers). */
    public static Candidates of(List<Candidate> list) {
        Candidates candidates = new Candidates(list.size());
        for (Candidate c : list) {
            candidates.add(c.workerId(), c.lastAssignedAt(), c.features());
        }
        return candidates;
    }

    /** Forgets every candidate and keeps the arrays. */
    public void clear() {
        Arrays.fill(workerIds, 0, size, null);
        Arrays.fill(lastAssignedAt, 0, size, null);
        size = 0;
    }

    /** Adds the next worker in turn, with the features of their record for this task written in place. */
    public int add(String workerId, Instant lastAssigned, TaskProfile task, WorkerRecord record, int capacity) {
        return add(workerId, lastAssigned, task, record, capacity, true);
    }

    /**
     * As above; {@code profiled} false for a worker without consent to profiling: a policy must then use nothing it
     * learned about them personally (the record given is a newcomer's already).
     */
    public int add(String workerId, Instant lastAssigned, TaskProfile task, WorkerRecord record, int capacity,
                   boolean profiled) {
        int i = next(workerId, lastAssigned);
        this.profiled[i] = profiled;
        AssignmentFeatures.write(task, record, capacity, features, i, stride);
        return i;
    }

    /** Adds the next worker in turn with a given feature vector. */
    public int add(String workerId, Instant lastAssigned, double[] x) {
        if (x.length != D) {
            throw new IllegalArgumentException("expected " + D + " features, got " + x.length);
        }
        int i = next(workerId, lastAssigned);
        profiled[i] = true;
        for (int j = 0; j < D; j++) {
            features[j * stride + i] = x[j];
        }
        return i;
    }

    private int next(String workerId, Instant lastAssigned) {
        if (size == stride) {
            int capacity = stride * 2;
            workerIds = Arrays.copyOf(workerIds, capacity);
            lastAssignedAt = Arrays.copyOf(lastAssignedAt, capacity);
            profiled = Arrays.copyOf(profiled, capacity);
            double[] wider = new double[capacity * D];
            for (int j = 0; j < D; j++) {
                System.arraycopy(features, j * stride, wider, j * capacity, size);
            }
            features = wider;
            stride = capacity;
        }
        workerIds[size] = workerId;
        lastAssignedAt[size] = lastAssigned;
        return size++;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public String workerId(int i) {
        check(i);
        return workerIds[i];
    }

    /** False when the worker has not consented to profiling: their outcomes must not personalise the decision. */
    public boolean profiled(int i) {
        check(i);
        return profiled[i];
    }

    public Instant lastAssignedAt(int i) {
        check(i);
        return lastAssignedAt[i];
    }

    /** Feature {@code j} of candidate {@code i}. */
    public double feature(int i, int j) {
        check(i);
        return features[j * stride + i];
    }

    /** Candidate i's feature vector, copied. */
    public double[] features(int i) {
        check(i);
        double[] x = new double[D];
        for (int j = 0; j < D; j++) {
            x[j] = features[j * stride + i];
        }
        return x;
    }

    /** The column-major feature matrix: feature j of candidate i at {@code j * stride() + i}. Read only. */
    public double[] matrix() {
        return features;
    }

    /** The length of one column of {@link #matrix()} (at least {@link #size()}). */
    public int stride() {
        return stride;
    }

    /**
     * A reusable column of at least {@link #size()} doubles for a policy's per-candidate scores ({@code which} 0 or
     * 1); its content is whatever the last user left.
     */
    public double[] scratch(int which) {
        double[] column = scratch[which];
        if (column == null || column.length < size) {
            column = new double[Math.max(size, stride)];
            scratch[which] = column;
        }
        return column;
    }

    /** Candidate i as a record (one allocation: for the chosen one, not for the scan). */
    public Candidate get(int i) {
        return new Candidate(workerId(i), features(i), lastAssignedAt(i));
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("candidate " + i + " of " + size);
        }
    }
}
