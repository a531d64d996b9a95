package io.crowdflow.rules.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.crowdflow.rules.ClasspathKieBaseLoader;
import io.crowdflow.rules.CompiledKieBase;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The read-access rule base: decides who may read what, and which reads the governance audit keeps. This is the
 * class the platform calls.
 *
 * <pre>{@code
 * ReadAccessRuleBase rules = new ReadAccessRuleBase();      // once
 * List<ReadDecision> decisions = rules.decide(new Reader(sub, roles), List.of(ReadRequest.task(id, cls, owner)));
 * }</pre>
 *
 * <p>One stateless session decides every item of a request (a review queue of 200 items is one evaluation).
 * Thread-safe; compiled once per class loader, like {@code GovernanceRuleBase}.
 */
public final class ReadAccessRuleBase {

    /** The KieBase name, as in {@code META-INF/kmodule.xml}. */
    public static final String KIE_BASE_NAME = "access";

    /** The stateless session name, as in {@code META-INF/kmodule.xml}. */
    public static final String SESSION_NAME = "access-session";

    /** The DRL files of this rule base. */
    static final List<String> RESOURCES = List.of("io/crowdflow/rules/access/read-access.drl");

    static final String FINDINGS_GLOBAL = "access";

    private static final ClasspathKieBaseLoader.Lazy RULES = new ClasspathKieBaseLoader.Lazy(KIE_BASE_NAME,
            SESSION_NAME, ReadAccessRuleBase.class.getClassLoader(), RESOURCES);

    private final CompiledKieBase rules;
    private final String version;

    public ReadAccessRuleBase() {
        this.rules = RULES.get();
        this.version = "access:" + ClasspathKieBaseLoader.sha256Hex(rules.sourceHash()).substring(0, 16);
    }

    /** {@code access:} and 16 hex digits of a SHA-256 over the DRL; every decision carries it. */
    public String version() {
        return version;
    }

    /** One decision per request, in the order of {@code requests}. Thread-safe. */
    public List<ReadDecision> decide(Reader reader, List<ReadRequest> requests) {
        Objects.requireNonNull(reader, "reader");
        if (requests.isEmpty()) {
            return List.of();
        }
        return ClasspathKieBaseLoader.withContextClassLoader(ReadAccessRuleBase.class.getClassLoader(),
                () -> decideWith(rules.newSession(), reader, requests));
    }

    /** The decision on one read. */
    public ReadDecision decide(Reader reader, ReadRequest request) {
        return decide(reader, List.of(request)).get(0);
    }

    List<ReadDecision> decideWith(StatelessKieSession session, Reader reader, List<ReadRequest> requests) {
        ReadFindings findings = new ReadFindings();
        session.setGlobal(FINDINGS_GLOBAL, findings);
        List<Object> facts = new ArrayList<>(requests.size() + 1);
        facts.add(reader);
        facts.addAll(requests);
        session.execute(facts);
        return requests.stream().map(r -> findings.decisionOn(r, version)).toList();
    }

    KieBase kieBase() {
        return rules.kieBase();
    }
}
