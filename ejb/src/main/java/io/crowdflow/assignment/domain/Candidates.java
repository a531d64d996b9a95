package io.crowdflow.assignment.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The eligible workers for one task, in turn order, as columns: ids, last assignment times and one row-major
 * feature matrix ({@link AssignmentFeatures}). One decision among 10,000 workers then allocates no object per
 * worker: {@link #add(String, Instant, TaskProfile, WorkerRecord, int)} writes the features into the matrix.
 * {@link #clear()} keeps the arrays, so a caller that decides again (a pooled bean, a benchmark thread) reuses
 * them. Not thread-safe: one decision at a time.
 */
public final class Candidates {

    private static final int D = AssignmentFeatures.DIMENSION;

    private String[] workerIds;
    private Instant[] lastAssignedAt;
    private double[] features;
    private final double[][] scratch = new double[2][];
    private int size;

    public Candidates(int expected) {
        int capacity = Math.max(expected, 4);
        workerIds = new String[capacity];
        lastAssignedAt = new Instant[capacity];
        features = new double[capacity * D];
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
        int i = next(workerId, lastAssigned);
        AssignmentFeatures.write(task, record, capacity, features, i * D);
        return i;
    }

    /** Adds the next worker in turn with a given feature vector. */
    public int add(String workerId, Instant lastAssigned, double[] x) {
        if (x.length != D) {
            throw new IllegalArgumentException("expected " + D + " features, got " + x.length);
        }
        int i = next(workerId, lastAssigned);
        System.arraycopy(x, 0, features, i * D, D);
        return i;
    }

    private int next(String workerId, Instant lastAssigned) {
        if (size == workerIds.length) {
            int capacity = workerIds.length * 2;
            workerIds = Arrays.copyOf(workerIds, capacity);
            lastAssignedAt = Arrays.copyOf(lastAssignedAt, capacity);
            features = Arrays.copyOf(features, capacity * D);
        } else {
            Arrays.fill(features, size * D, size * D + D, 0);
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

    public Instant lastAssignedAt(int i) {
        check(i);
        return lastAssignedAt[i];
    }

    /** Feature {@code j} of candidate {@code i}. */
    public double feature(int i, int j) {
        check(i);
        return features[i * D + j];
    }

    /** Candidate i's feature vector, copied. */
    public double[] features(int i) {
        check(i);
        return Arrays.copyOfRange(features, i * D, i * D + D);
    }

    /** The row-major size x {@link AssignmentFeatures#DIMENSION} matrix (rows beyond size are stale). Read only. */
    public double[] matrix() {
        return features;
    }

    /**
     * A reusable column of at least {@link #size()} doubles for a policy's per-candidate scores ({@code which} 0 or
     * 1); its content is whatever the last user left.
     */
    public double[] scratch(int which) {
        double[] column = scratch[which];
        if (column == null || column.length < size) {
            column = new double[Math.max(size, workerIds.length)];
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
