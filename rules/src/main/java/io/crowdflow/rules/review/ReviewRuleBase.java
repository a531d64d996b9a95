package io.crowdflow.rules.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.crowdflow.rules.ClasspathKieBaseLoader;
import io.crowdflow.rules.CompiledKieBase;
import io.crowdflow.rules.RuleBaseBuildException;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The review rule base: checks one task's submissions (empty or malformed answers, too fast, copied free text,
 * gold questions) and flags or rejects them, each with the rule's name as the reason. The platform calls
 * it before aggregating the answers.
 *
 * <pre>{@code
 * ReviewRuleBase rules = new ReviewRuleBase();                       // once
 * ReviewVerdict verdict = rules.evaluate(task, answers, goldRecords);
 * verdict.outcomeOf(submissionId);   // PASS, FLAG or REJECT
 * verdict.reasonFor(submissionId);   // the rule names
 * }</pre>
 *
 * Built like {@code GovernanceRuleBase}: once per class loader with {@link ClasspathKieBaseLoader}, MVEL only,
 * thread-safe evaluation on a fresh stateless session.
 */
public final class ReviewRuleBase {

    public static final String KIE_BASE_NAME = "review";
    public static final String SESSION_NAME = "review-session";

    static final List<String> RESOURCES = List.of("io/crowdflow/rules/review/review-checks.drl");

    static final String VERDICT_GLOBAL = "verdict";

    private static final ClasspathKieBaseLoader.Lazy RULES = new ClasspathKieBaseLoader.Lazy(KIE_BASE_NAME,
            SESSION_NAME, ReviewRuleBase.class.getClassLoader(), RESOURCES);

    private final ReviewPolicy policy;
    private final CompiledKieBase rules;
    private final String version;

    public ReviewRuleBase() {
        this(ReviewPolicy.DEFAULT);
    }

    /** @throws RuleBaseBuildException if the rules do not compile */
    public ReviewRuleBase(ReviewPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.rules = compiledRules();
        this.version = "review:" + ClasspathKieBaseLoader.sha256Hex(rules.sourceHash() + "\n" + policy.canonicalForm())
                .substring(0, 16);
    }

    /** {@code review:} and 16 hex digits over the DRL and the policy; every verdict carries it. */
    public String version() {
        return version;
    }

    public ReviewPolicy policy() {
        return policy;
    }

    /**
     * Checks the submissions of one task. Thread-safe.
     *
     * @param task        the task (kind, labels, gold answer)
     * @param answers     its submissions; each must belong to {@code task}
     * @param goldRecords the workers' gold records so far (any subset; a worker without one is not judged on it)
     */
    public ReviewVerdict evaluate(ReviewTask task, Collection<SubmittedAnswer> answers,
                                  Collection<WorkerGoldRecord> goldRecords) {
        Objects.requireNonNull(task, "task");
        List<Object> facts = new ArrayList<>();
        facts.add(policy);
        facts.add(task);
        for (SubmittedAnswer answer : answers) {
            if (!answer.taskId().equals(task.taskId())) {
                throw new IllegalArgumentException("Submission " + answer.submissionId() + " is not of task "
                        + task.taskId());
            }
            facts.add(answer);
        }
        facts.addAll(goldRecords);
        return ClasspathKieBaseLoader.withContextClassLoader(ReviewRuleBase.class.getClassLoader(),
                () -> evaluateWith(rules.newSession(), facts));
    }

    ReviewVerdict evaluateWith(StatelessKieSession session, List<Object> facts) {
        ReviewVerdict verdict = new ReviewVerdict(version);
        session.setGlobal(VERDICT_GLOBAL, verdict);
        session.addEventListener(new ReviewRuleRecorder(verdict));
        session.execute(facts);
        return verdict;
    }

    KieBase kieBase() {
        return rules.kieBase();
    }

    private static CompiledKieBase compiledRules() {
        return RULES.get();
    }

}
