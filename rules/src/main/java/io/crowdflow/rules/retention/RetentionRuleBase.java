package io.crowdflow.rules.retention;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.crowdflow.rules.ClasspathKieBaseLoader;
import io.crowdflow.rules.CompiledKieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The retention rules of one table version: the DRL written by {@link RetentionDrl} from the validated
 * table, compiled with Drools. Building takes a second or two; do it once per version and share it.
 * {@link #decide} is thread-safe.
 */
public final class RetentionRuleBase {

    public static final String KIE_BASE_NAME = "retention";
    public static final String SESSION_NAME = "retention-session";

    private final String version;
    private final RetentionTable table;
    private final String drl;
    private final CompiledKieBase rules;

    /**
     * @param version a label recorded with every decision, e.g. {@code retention:v3}
     * @throws io.crowdflow.rules.RuleBaseBuildException if the generated rules do not compile (a bug, not the
     *                                                   officer's mistake: the table was validated)
     */
    public RetentionRuleBase(String version, RetentionTable table) {
        this.version = Objects.requireNonNull(version, "version");
        this.table = Objects.requireNonNull(table, "table");
        this.drl = RetentionDrl.of(table);
        String path = RetentionDrl.PACKAGE.replace('.', '/') + "/" + version.replaceAll("[^A-Za-z0-9]", "_") + ".drl";
        this.rules = ClasspathKieBaseLoader.fromSources(KIE_BASE_NAME, SESSION_NAME,
                RetentionRuleBase.class.getClassLoader(), Map.of(path, drl.getBytes(StandardCharsets.UTF_8)));
    }

    public String version() {
        return version;
    }

    public RetentionTable table() {
        return table;
    }

    /** The generated DRL, kept with the version so anyone can read what runs. */
    public String drl() {
        return drl;
    }

    public RetentionDecision decide(RetentionRecord record) {
        Objects.requireNonNull(record, "record");
        return ClasspathKieBaseLoader.withContextClassLoader(RetentionRuleBase.class.getClassLoader(), () -> {
            StatelessKieSession session = rules.newSession();
            RetentionDecision decision = new RetentionDecision();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    decision.recordFiredRule(event.getMatch().getRule().getName());
                }
            });
            session.execute(List.of(decision, record));
            return decision;
        });
    }
}
