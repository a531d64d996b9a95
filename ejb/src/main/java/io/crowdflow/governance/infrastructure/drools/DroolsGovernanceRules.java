package io.crowdflow.governance.infrastructure.drools;

import io.crowdflow.governance.domain.CheckedTable;
import io.crowdflow.governance.domain.ClassificationRules;
import io.crowdflow.governance.domain.GovernanceDecision;
import io.crowdflow.governance.domain.GovernanceRules;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetKind;
import io.crowdflow.governance.domain.RuleSetRefusedException;
import io.crowdflow.governance.domain.RuleSetRepository;
import io.crowdflow.rules.classification.ClassificationTable;
import io.crowdflow.rules.classification.ClassificationTableReader;
import io.crowdflow.rules.governance.GovernancePolicy;
import io.crowdflow.rules.governance.GovernanceRuleBase;
import io.crowdflow.rules.governance.GovernanceVerdict;
import io.crowdflow.rules.governance.TaskContent;
import io.crowdflow.rules.retention.RetentionTableRefusedException;
import io.crowdflow.task.domain.Task;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The governance rule base of {@code rules/} (Drools): the detectors and decisions of the jar, plus the active
 * classification table when a compliance officer activated one. Each table version is compiled once per node
 * (cached by the file's SHA-256).
 */
@ApplicationScoped
public class DroolsGovernanceRules implements GovernanceRules, ClassificationRules {

    private static final int CACHED_VERSIONS = 8;

    private final ClassificationTableReader reader = new ClassificationTableReader(GovernancePolicy.DEFAULT_TASK_TYPES);
    private final Map<String, GovernanceRuleBase> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, GovernanceRuleBase> eldest) {
            return size() > CACHED_VERSIONS;
        }
    };

    @Inject
    RuleSetRepository ruleSets;

    private GovernanceRuleBase builtIn;

    @PostConstruct
    void compile() {
        builtIn = new GovernanceRuleBase();
    }

    @Override
    public GovernanceDecision evaluate(Task task) {
        return evaluate(ruleSets.active(RuleSetKind.CLASSIFICATION).orElse(null), task);
    }

    @Override
    public GovernanceDecision evaluate(RuleSet table, Task task) {
        GovernanceRuleBase rules = table == null ? builtIn : rulesOf(table);
        GovernanceVerdict verdict = rules.evaluate(new TaskContent(task.id(), task.type(), task.title(),
                task.instructions(), task.inputJson(), task.skills(), task.region()));
        return new GovernanceDecision(verdict.isApproved(), verdict.getDataClass().name(),
                verdict.getRejections().stream().map(r -> r.ruleName() + ": " + r.reason()).toList(),
                verdict.getFiredRules(), verdict.getRequiredConsents(), verdict.getRuleSetVersion());
    }

    @Override
    public CheckedTable check(String fileName, byte[] content) {
        ClassificationTable table = read(fileName, content);
        GovernanceRuleBase rules = cached(sha256(content), () -> new GovernanceRuleBase(GovernancePolicy.DEFAULT, table,
                "classification upload"));
        return new CheckedTable(table.format(), table.rows().size(), rules.classificationTableDrl().orElseThrow());
    }

    private GovernanceRuleBase rulesOf(RuleSet table) {
        return cached(table.sha256(), () -> new GovernanceRuleBase(GovernancePolicy.DEFAULT,
                read(table.fileName(), table.content()), "classification v" + table.version()));
    }

    private ClassificationTable read(String fileName, byte[] content) {
        try {
            return reader.read(fileName, content);
        } catch (RetentionTableRefusedException e) {
            throw new RuleSetRefusedException(RuleSetRefusedException.Kind.valueOf(e.reason().name()), e.getMessage(),
                    e.problems());
        }
    }

    private GovernanceRuleBase cached(String key, Supplier<GovernanceRuleBase> build) {
        synchronized (compiled) {
            GovernanceRuleBase rules = compiled.get(key);
            if (rules != null) {
                return rules;
            }
        }
        GovernanceRuleBase rules = build.get();
        synchronized (compiled) {
            compiled.putIfAbsent(key, rules);
            return compiled.get(key);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
