package io.crowdflow.governance.infrastructure.drools;

import io.crowdflow.governance.domain.CheckedTable;
import io.crowdflow.governance.domain.RetentionPlan;
import io.crowdflow.governance.domain.RetentionRules;
import io.crowdflow.governance.domain.RetentionVerdict;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetRefusedException;
import io.crowdflow.rules.governance.GovernancePolicy;
import io.crowdflow.rules.retention.LifecycleState;
import io.crowdflow.rules.retention.RetentionAction;
import io.crowdflow.rules.retention.RetentionDecision;
import io.crowdflow.rules.retention.RetentionPeriod;
import io.crowdflow.rules.retention.RetentionRecord;
import io.crowdflow.rules.retention.RetentionRow;
import io.crowdflow.rules.retention.RetentionRuleBase;
import io.crowdflow.rules.retention.RetentionTable;
import io.crowdflow.rules.retention.RetentionTableReader;
import io.crowdflow.rules.retention.RetentionTableRefusedException;
import io.crowdflow.shared.application.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The retention decision table in Drools. Uploads are read and validated by {@link RetentionTableReader}
 * (never by Drools' own decision-table compiler), the DRL is generated from the validated rows and compiled
 * per version; compiled versions are cached by the file's SHA-256, so every node builds a version once.
 * Without an active version the built-in default applies: one row, archive settled content after
 * {@code crowdflow.retention.period}.
 */
@ApplicationScoped
public class DroolsRetentionRules implements RetentionRules {

    private static final int CACHED_VERSIONS = 16;

    private final RetentionTableReader reader = new RetentionTableReader(GovernancePolicy.DEFAULT_TASK_TYPES);
    private final Map<String, RetentionRuleBase> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RetentionRuleBase> eldest) {
            return size() > CACHED_VERSIONS;
        }
    };

    @Inject
    PlatformSettings settings;

    @Override
    public CheckedTable check(String fileName, byte[] content) {
        RetentionTable table;
        try {
            table = reader.read(fileName, content);
        } catch (RetentionTableRefusedException e) {
            throw new RuleSetRefusedException(RuleSetRefusedException.Kind.valueOf(e.reason().name()), e.getMessage(),
                    e.problems());
        }
        RetentionTable validated = table;
        RetentionRuleBase rules = cached(sha256(content), () -> new RetentionRuleBase("upload", validated));
        return new CheckedTable(table.format(), table.rows().size(), rules.drl());
    }

    @Override
    public RetentionVerdict decide(RuleSet ruleSet, RetentionPlan plan) {
        RetentionRuleBase rules = ruleSet == null ? defaultRules() : rulesOf(ruleSet);
        RetentionDecision decision = rules.decide(new RetentionRecord(plan.taskId(), plan.dataClass(), plan.taskType(),
                plan.region(), plan.lifecycleState()));
        int version = ruleSet == null ? 0 : ruleSet.version();
        String source = ruleSet == null ? "built-in default (setting crowdflow.retention.period = "
                + settings.retentionPeriod() + ")" : "rule set v" + ruleSet.version();
        return new RetentionVerdict(version, source, decision.action(), decision.keepFor(), decision.actionRow(),
                decision.actionRowText(), decision.holdRows());
    }

    private RetentionRuleBase rulesOf(RuleSet ruleSet) {
        return cached(ruleSet.sha256(), () -> new RetentionRuleBase("retention:v" + ruleSet.version(),
                reader.read(ruleSet.fileName(), ruleSet.content())));
    }

    private RetentionRuleBase defaultRules() {
        String period = settings.retentionPeriod().toString();
        return cached("default:" + period, () -> new RetentionRuleBase("retention:default", new RetentionTable(
                "builtin", "default", List.of(new RetentionRow("default", 1, null, null, null, LifecycleState.SETTLED,
                RetentionPeriod.parse(period), RetentionAction.ARCHIVE, false)))));
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private RetentionRuleBase cached(String key, java.util.function.Supplier<RetentionRuleBase> build) {
        synchronized (compiled) {
            RetentionRuleBase rules = compiled.get(key);
            if (rules != null) {
                return rules;
            }
        }
        RetentionRuleBase rules = build.get();
        synchronized (compiled) {
            compiled.putIfAbsent(key, rules);
            return compiled.get(key);
        }
    }
}
