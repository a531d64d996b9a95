package io.crowdflow.bench.rules;

import io.crowdflow.rules.governance.GovernancePolicy;
import io.crowdflow.rules.governance.GovernanceRuleBase;
import io.crowdflow.rules.governance.GovernanceVerdict;
import io.crowdflow.rules.governance.TaskContent;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One governance decision (classification of a task's content and the decision rules) as the platform makes
 * it ({@link GovernanceRuleBase#evaluate}: a fresh stateless session, the fired-rule recorder, the verdict and
 * the class-loader switch) against a raw Drools stateless session over the same DRL files and the same facts,
 * built with Drools' own {@link KieHelper} and run with nothing around it. Content grows from 200 to 20,000
 * characters; {@code personal} content holds an e-mail address, a phone number and an IBAN, {@code clean}
 * none, so the detectors' cost on text that matches and text that does not is seen apart.
 *
 * <pre>java -jar bench/target/crowdflow-bench.jar GovernanceRuleBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GovernanceRuleBenchmark {

    private static final List<String> DRL = List.of(
            "io/crowdflow/rules/governance/classification.drl",
            "io/crowdflow/rules/governance/decisions.drl");

    @Param({"200", "2000", "20000"})
    public int contentChars;

    @Param({"clean", "personal"})
    public String content;

    private GovernanceRuleBase platform;
    private KieBase raw;
    private TaskContent task;

    @Setup
    public void build() throws IOException {
        platform = new GovernanceRuleBase();
        KieHelper helper = new KieHelper();
        for (String resource : DRL) {
            helper.addResource(KieServices.get().getResources()
                    .newByteArrayResource(read(resource).getBytes(StandardCharsets.UTF_8)).setSourcePath(resource),
                    ResourceType.DRL);
        }
        raw = helper.build();
        task = new TaskContent("bench-task", "labeling", "Label the pictures", text(contentChars,
                content.equals("personal")), "{\"items\": [\"a.png\", \"b.png\"]}", List.of("image"));
    }

    @Benchmark
    public GovernanceVerdict platformRuleBase() {
        return platform.evaluate(task);
    }

    @Benchmark
    public GovernanceVerdict rawStatelessSession() {
        StatelessKieSession session = raw.newStatelessKieSession();
        GovernanceVerdict verdict = new GovernanceVerdict("raw");
        session.setGlobal("verdict", verdict);
        session.execute(List.of(task, GovernancePolicy.DEFAULT));
        return verdict;
    }

    /** Instructions of about {@code chars} characters: prose, with personal data in the middle if asked. */
    static String text(int chars, boolean personal) {
        String prose = "Look at each picture and say whether it shows a cat, a dog or neither; answer 1, 2 or 3. ";
        StringBuilder text = new StringBuilder(chars + 200);
        while (text.length() < chars / 2) {
            text.append(prose);
        }
        if (personal) {
            text.append("Questions to anna.berg@example.org or +49 30 1234567; refunds to DE89 3704 0044 0532 0130 00. ");
        }
        while (text.length() < chars) {
            text.append(prose);
        }
        return text.substring(0, Math.max(chars, personal ? text.indexOf("00. ") + 4 : 0));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GovernanceRuleBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
