package io.crowdflow.bench.review;

import java.util.concurrent.TimeUnit;

import io.crowdflow.review.domain.aggregation.AggregationResult;
import io.crowdflow.review.domain.aggregation.CrowdAnswers;
import io.crowdflow.review.domain.aggregation.DawidSkene;
import io.crowdflow.review.domain.aggregation.MajorityVote;
import io.crowdflow.review.domain.aggregation.SyntheticCrowd;
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

/**
 * Aggregation time on the spammer-heavy synthetic crowd (3 classes, 50 workers, 5 answers per item, 40 %
 * spammers) at 10^3, 10^4 and 10^5 answers. Dawid-Skene runs with the platform's defaults (to convergence,
 * at most 100 iterations); the time includes building nothing: the answers are indexed in setup.
 *
 * <pre>java -jar bench/target/crowdflow-bench.jar DawidSkeneBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DawidSkeneBenchmark {

    @Param({"1000", "10000", "100000"})
    public int answers;

    private CrowdAnswers crowd;
    private final DawidSkene dawidSkene = new DawidSkene();
    private final MajorityVote majorityVote = new MajorityVote();

    @Setup
    public void generate() {
        crowd = SyntheticCrowd.spammerHeavy(answers / 5, 1).generate().answers();
    }

    @Benchmark
    public AggregationResult dawidSkene() {
        return dawidSkene.aggregate(crowd);
    }

    @Benchmark
    public AggregationResult majorityVote() {
        return majorityVote.aggregate(crowd);
    }
}
