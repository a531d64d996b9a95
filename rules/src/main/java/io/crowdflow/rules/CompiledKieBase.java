package io.crowdflow.rules;

import java.util.List;
import java.util.Objects;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * A KieBase built by {@link ClasspathKieBaseLoader}, with the hash of the sources it was built from, and the pool its
 * evaluations draw their working memories from. Thread-safe: take one {@link #newSession() stateless session} per
 * evaluation.
 */
public final class CompiledKieBase {

    /** Working memories made before the first evaluation; the pool grows as concurrent evaluations need more. */
    private static final int POOLED_SESSIONS = 2;

    private final String name;
    private final KieBase kieBase;
    private final List<String> resources;
    private final String sourceHash;
    private final KieSessionsPool sessions;

    /**
     * @param name       the KieBase name (as in {@code META-INF/kmodule.xml})
     * @param kieBase    the compiled rules
     * @param resources  the classpath resources it was built from, in build order
     * @param sourceHash lower-case hex SHA-256 over the resource paths and contents
     */
    public CompiledKieBase(String name, KieBase kieBase, List<String> resources, String sourceHash) {
        this.name = Objects.requireNonNull(name, "name");
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
        this.resources = List.copyOf(resources);
        this.sourceHash = Objects.requireNonNull(sourceHash, "sourceHash");
        this.sessions = kieBase.newKieSessionsPool(POOLED_SESSIONS);
    }

    /**
     * A stateless session for one evaluation. Its working memory comes from this rule base's pool and goes back to it,
     * reset (facts, agenda, globals and event listeners cleared), when the evaluation ends: Drools' own session
     * pooling, instead of building a new working memory for every evaluation.
     */
    public StatelessKieSession newSession() {
        return sessions.newStatelessKieSession();
    }

    public String name() {
        return name;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public List<String> resources() {
        return resources;
    }

    public String sourceHash() {
        return sourceHash;
    }
}
