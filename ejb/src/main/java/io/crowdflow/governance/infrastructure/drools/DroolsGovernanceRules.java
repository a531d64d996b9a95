package io.crowdflow.governance.infrastructure.drools;

import io.crowdflow.governance.domain.GovernanceDecision;
import io.crowdflow.governance.domain.GovernanceRules;
import io.crowdflow.rules.governance.GovernanceRuleBase;
import io.crowdflow.rules.governance.GovernanceVerdict;
import io.crowdflow.rules.governance.TaskContent;
import io.crowdflow.task.domain.Task;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/** The governance rule base of {@code rules/} (Drools), compiled once per deployment. */
@ApplicationScoped
public class DroolsGovernanceRules implements GovernanceRules {

    private GovernanceRuleBase ruleBase;

    @PostConstruct
    void compile() {
        ruleBase = new GovernanceRuleBase();
    }

    @Override
    public GovernanceDecision evaluate(Task task) {
        GovernanceVerdict verdict = ruleBase.evaluate(new TaskContent(task.id(), task.type(), task.title(),
                task.instructions(), task.inputJson(), task.skills()));
        return new GovernanceDecision(verdict.isApproved(), verdict.getDataClass().name(),
                verdict.getRejections().stream().map(r -> r.ruleName() + ": " + r.reason()).toList(),
                verdict.getFiredRules(), verdict.getRequiredConsents(), verdict.getRuleSetVersion());
    }


}
