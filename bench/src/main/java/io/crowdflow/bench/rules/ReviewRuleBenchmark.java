package io.crowdflow.bench.rules;

import io.crowdflow.rules.review.AnswerKind;
import io.crowdflow.rules.review.ReviewPolicy;
import io.crowdflow.rules.review.ReviewRuleBase;
import io.crowdflow.rules.review.ReviewTask;
import io.crowdflow.rules.review.ReviewVerdict;
import io.crowdflow.rules.review.SubmittedAnswer;
import io.crowdflow.rules.review.WorkerGoldRecord;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;
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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One review decision (the review checks over one task's submissions) as the platform makes it
 * ({@link ReviewRuleBase#evaluate}: a fresh stateless session, the fired-rule recorder, the class-loader switch)
 * against a raw Drools stateless session over the same DRL file and the same facts, built with Drools' own
 * {@link KieHelper} and run with nothing around it. The task has 3 to 300 submissions (redundancy 3 is the common
 * case; 300 shows how the rules grow); {@code label} tasks choose one of three labels, {@code free-text} tasks
 * have long answers, where the copied-answer rule compares pairs. Every fifth answer is fast, every seventh empty,
 * every ninth worker has a poor gold record, and in free text every eleventh answer copies another's, so every
 * rule fires somewhere.
 *
 * <pre>java -jar bench/target/crowdflow-bench.jar ReviewRuleBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReviewRuleBenchmark {

    private static final String DRL = "io/crowdflow/rules/review/review-checks.drl";
    private static final List<String> LABELS = List.of("cat", "dog", "neither");

    @Param({"3", "30", "300"})
    public int answers;

    @Param({"label", "free-text"})
    public String kind;

    private ReviewRuleBase platform;
    private KieBase raw;
    private ReviewTask task;
    private List<SubmittedAnswer> submitted;
    private List<WorkerGoldRecord> goldRecords;

    @Setup
    public void build() throws IOException {
        platform = new ReviewRuleBase();
        raw = new KieHelper().addResource(KieServices.get().getResources()
                .newByteArrayResource(read(DRL).getBytes(StandardCharsets.UTF_8)).setSourcePath(DRL), ResourceType.DRL)
                .build();
        boolean label = kind.equals("label");
        task = new ReviewTask("bench-task", label ? AnswerKind.LABEL : AnswerKind.FREE_TEXT,
                label ? Set.copyOf(LABELS) : Set.of(), null);
        submitted = new ArrayList<>(answers);
        goldRecords = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            String worker = "worker-" + i;
            String text = i % 7 == 6 ? "" : label ? LABELS.get(i % 3) : freeText(i % 11 == 10 ? i - 1 : i);
            String json = text.isEmpty() ? "\"\"" : "\"" + text + "\"";
            long millis = i % 5 == 4 ? 2_000 : 45_000;
            submitted.add(new SubmittedAnswer("submission-" + i, task.taskId(), worker, json, text, millis));
            goldRecords.add(new WorkerGoldRecord(worker, 10, i % 9 == 8 ? 4 : 9));
        }
    }

    @Benchmark
    public ReviewVerdict platformRuleBase() {
        return platform.evaluate(task, submitted, goldRecords);
    }

    @Benchmark
    public ReviewVerdict rawStatelessSession() {
        StatelessKieSession session = raw.newStatelessKieSession();
        ReviewVerdict verdict = new ReviewVerdict("raw");
        session.setGlobal("verdict", verdict);
        List<Object> facts = new ArrayList<>(submitted.size() + goldRecords.size() + 2);
        facts.add(ReviewPolicy.DEFAULT);
        facts.add(task);
        facts.addAll(submitted);
        facts.addAll(goldRecords);
        session.execute(facts);
        return verdict;
    }

    /** A translation-like answer of about 120 characters, different for each {@code n}. */
    static String freeText(int n) {
        return "The quick brown fox number " + n + " jumps over the lazy dog and then walks back home along the"
                + " river, counting " + (n * 7 + 3) + " stones.";
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ReviewRuleBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
