package io.crowdflow.rules.eligibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.crowdflow.rules.ClasspathKieBaseLoader;
import io.crowdflow.rules.CompiledKieBase;
import io.crowdflow.rules.review.WorkerGoldRecord;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Who may not get a slot of a task type because of their gold questions. Built like the review rule base: once per
 * class loader with {@link ClasspathKieBaseLoader}, MVEL only, a fresh stateless session per evaluation
 * (thread-safe).
 */
public final class GoldEligibilityRuleBase {

    public static final String KIE_BASE_NAME = "eligibility";
    public static final String SESSION_NAME = "eligibility-session";

    static final List<String> RESOURCES = List.of("io/crowdflow/rules/eligibility/gold-eligibility.drl");

    private static final ClasspathKieBaseLoader.Lazy RULES = new ClasspathKieBaseLoader.Lazy(KIE_BASE_NAME,
            SESSION_NAME, GoldEligibilityRuleBase.class.getClassLoader(), RESOURCES);

    private final GoldEligibilityPolicy policy;
    private final CompiledKieBase rules;

    public GoldEligibilityRuleBase(GoldEligibilityPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.rules = compiledRules();
    }

    public GoldEligibilityPolicy policy() {
        return policy;
    }

    /** @param goldRecords the workers' gold records on one task type */
    public EligibilityVerdict evaluate(Collection<WorkerGoldRecord> goldRecords) {
        List<Object> facts = new ArrayList<>(goldRecords.size() + 1);
        facts.add(policy);
        facts.addAll(goldRecords);
        return ClasspathKieBaseLoader.withContextClassLoader(GoldEligibilityRuleBase.class.getClassLoader(),
                () -> evaluateWith(rules.newSession(), facts));
    }

    EligibilityVerdict evaluateWith(StatelessKieSession session, List<Object> facts) {
        EligibilityVerdict verdict = new EligibilityVerdict();
        session.setGlobal("verdict", verdict);
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
