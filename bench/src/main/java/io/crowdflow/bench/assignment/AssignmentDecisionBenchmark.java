package io.crowdflow.bench.assignment;

import io.crowdflow.assignment.domain.AssignmentFeatures;
import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.Candidates;
import io.crowdflow.assignment.domain.TaskProfile;
import io.crowdflow.assignment.domain.WorkerRecord;
import io.crowdflow.assignment.infrastructure.policy.InMemoryBanditStatistics;
import io.crowdflow.assignment.infrastructure.policy.LinUcbAssignmentPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One LinUCB assignment decision among N eligible workers, as {@code AssignmentService.assignSlot}
 * makes it after the database reads: write every candidate's feature vector from its track record into the
 * reused candidate columns (the pooled bean's workspace), then score all of them against a trained hybrid model
 * (shared A0^-1 and beta precomputed, arms for the workers it has seen) and pick the best, with its reason.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssignmentDecisionBenchmark {

    @Param({"1000", "10000", "100000"})
    int candidates;

    private final TaskProfile task = new TaskProfile("labeling", List.of("image"), 0.5, 0.5);
    private List<WorkerRecord> records;
    private LinUcbAssignmentPolicy policy;
    private Candidates workspace;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        records = new ArrayList<>(candidates);
        for (int i = 0; i < candidates; i++) {
            int decided = random.nextInt(50);
            int accepted = decided == 0 ? 0 : random.nextInt(decided + 1);
            int ofType = random.nextInt(decided + 1);
            records.add(new WorkerRecord("w" + i, List.of("image", "text"), accepted, decided,
                    Math.min(accepted, ofType), ofType, decided, decided + random.nextInt(5), random.nextInt(5), 0,
                    null));
        }
        InMemoryBanditStatistics statistics = new InMemoryBanditStatistics(AssignmentFeatures.DIMENSION, 1.0,
                LinUcbAssignmentPolicy.DEFAULT_KAPPA);
        for (int n = 0; n < 5_000; n++) {
            WorkerRecord r = records.get(random.nextInt(records.size()));
            statistics.record(task.type(), r.workerId(), AssignmentFeatures.of(task, r, 5),
                    random.nextDouble() < r.reputation() ? 1 : 0);
        }
        policy = new LinUcbAssignmentPolicy(statistics, LinUcbAssignmentPolicy.DEFAULT_ALPHA);
        workspace = new Candidates(candidates);
    }

    @Benchmark
    public AssignmentPolicy.Choice decide() {
        workspace.clear();
        for (int i = 0; i < records.size(); i++) {
            WorkerRecord r = records.get(i);
            workspace.add(r.workerId(), r.lastAssignedAt(), task, r, 5);
        }
        return policy.choose(task, workspace).orElseThrow();
    }
}
