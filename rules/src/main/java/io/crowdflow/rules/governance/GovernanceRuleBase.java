package io.crowdflow.rules.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.crowdflow.rules.classification.ClassificationDrl;
import io.crowdflow.rules.classification.ClassificationTable;

import io.crowdflow.rules.ClasspathKieBaseLoader;
import io.crowdflow.rules.CompiledKieBase;
import io.crowdflow.rules.RuleBaseBuildException;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The governance rule base: classifies the data in a task's content and decides whether the task may be
 * posted. This is the class the platform calls.
 *
 * <pre>{@code
 * GovernanceRuleBase rules = new GovernanceRuleBase();          // once, e.g. in a @Singleton @PostConstruct
 * GovernanceVerdict verdict = rules.evaluate(new TaskContent(id, type, title, instructions, inputJson, skills));
 * if (!verdict.isApproved()) { ... verdict.getRejections() ... }
 * store(verdict.getDataClass(), verdict.getRequiredConsents(), verdict.getRuleSetVersion());
 * }</pre>
 *
 * <p>The DRL is compiled once per class loader, lazily when the first instance is created, and shared by all
 * instances (creating further instances is cheap). {@link #evaluate} is thread-safe: every call uses its own
 * stateless session, verdict and listener. The KieBase is built from named class path resources with
 * {@link ClasspathKieBaseLoader}, not by class path scanning, so it works inside WildFly; no Java compiler is
 * needed at run time because the rules use the MVEL dialect.
 */
public final class GovernanceRuleBase {

    /** The KieBase name, as in {@code META-INF/kmodule.xml}. */
    public static final String KIE_BASE_NAME = "governance";

    /** The stateless session name, as in {@code META-INF/kmodule.xml}. */
    public static final String SESSION_NAME = "governance-session";

    /** The DRL files of this rule base, in build order. Add a new DRL file here (and keep it in the package). */
    static final List<String> RESOURCES = List.of(
            "io/crowdflow/rules/governance/classification.drl",
            "io/crowdflow/rules/governance/decisions.drl");

    /** The name of the global the rules write the verdict into. */
    static final String VERDICT_GLOBAL = "verdict";

    private static final ClasspathKieBaseLoader.Lazy RULES = new ClasspathKieBaseLoader.Lazy(KIE_BASE_NAME,
            SESSION_NAME, GovernanceRuleBase.class.getClassLoader(), RESOURCES);

    private final GovernancePolicy policy;
    private final CompiledKieBase rules;
    private final String version;
    private final ClassificationTable table;
    private final String tableDrl;

    /** The rule base with the platform's {@link GovernancePolicy#DEFAULT default policy}. */
    public GovernanceRuleBase() {
        this(GovernancePolicy.DEFAULT);
    }

    /**
     * The rule base with a given policy (known task types, consent purpose).
     *
     * @throws RuleBaseBuildException if the rules do not compile (carries the Drools messages)
     */
    public GovernanceRuleBase(GovernancePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.rules = compiledRules();
        this.version = "governance:" + ClasspathKieBaseLoader.sha256Hex(rules.sourceHash() + "\n" + policy.canonicalForm())
                .substring(0, 16);
        this.table = null;
        this.tableDrl = null;
    }

    /**
     * The rule base with a compliance officer's classification table: the detectors and decisions of the jar plus
     * one generated rule per table row ({@link ClassificationDrl}), compiled together. Takes a second or so; build
     * it once per table version and share it.
     *
     * @param tableLabel how the version names the table, e.g. {@code classification v4}
     * @throws RuleBaseBuildException if the rules do not compile (a bug: the table was validated)
     */
    public GovernanceRuleBase(GovernancePolicy policy, ClassificationTable table, String tableLabel) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.table = Objects.requireNonNull(table, "table");
        this.tableDrl = ClassificationDrl.of(table);
        ClassLoader loader = GovernanceRuleBase.class.getClassLoader();
        Map<String, byte[]> sources = new LinkedHashMap<>();
        for (String resource : RESOURCES) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new RuleBaseBuildException("missing resource " + resource, List.of());
                }
                sources.put(resource, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        sources.put(ClassificationDrl.PACKAGE.replace('.', '/') + "/classification-table.drl",
                tableDrl.getBytes(StandardCharsets.UTF_8));
        this.rules = ClasspathKieBaseLoader.fromSources(KIE_BASE_NAME, SESSION_NAME, loader, sources);
        this.version = "governance:" + ClasspathKieBaseLoader.sha256Hex(rules.sourceHash() + "\n"
                + policy.canonicalForm()).substring(0, 16) + "+" + tableLabel;
    }

    /** The classification table these rules were built with, if any. */
    public Optional<ClassificationTable> classificationTable() {
        return Optional.ofNullable(table);
    }

    /** The DRL generated from the classification table, if any. */
    public Optional<String> classificationTableDrl() {
        return Optional.ofNullable(tableDrl);
    }

    /**
     * The version of this rule set: {@code governance:} and 16 hex digits of a SHA-256 over the DRL sources
     * and the policy. Stable across restarts and instances; changes whenever a rule or the policy changes.
     * Every verdict carries it ({@link GovernanceVerdict#getRuleSetVersion()}).
     */
    public String version() {
        return version;
    }

    /** The policy the rules decide with. */
    public GovernancePolicy policy() {
        return policy;
    }

    /**
     * Classifies and judges one task's content. Thread-safe.
     *
     * @return a new verdict: data class, approval, rejections, required consents and the rules that fired
     */
    public GovernanceVerdict evaluate(TaskContent content) {
        Objects.requireNonNull(content, "content");
        return ClasspathKieBaseLoader.withContextClassLoader(GovernanceRuleBase.class.getClassLoader(),
                () -> evaluateWith(rules.newSession(), content));
    }

    /** Runs one evaluation in {@code session} (a fresh stateless session of this rule base's rules). */
    GovernanceVerdict evaluateWith(StatelessKieSession session, TaskContent content) {
        Objects.requireNonNull(content, "content");
        GovernanceVerdict verdict = new GovernanceVerdict(version);
        session.setGlobal(VERDICT_GLOBAL, verdict);
        session.addEventListener(new FiredRuleRecorder(verdict));
        session.execute(List.of(content, policy));
        return verdict;
    }

    /** The compiled rules (for tests and tooling). */
    KieBase kieBase() {
        return rules.kieBase();
    }

    private static CompiledKieBase compiledRules() {
        return RULES.get();
    }

}
