package io.crowdflow.rules.governance;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records the name of every rule that fires on the verdict, in firing order, so no rule has to do it by
 * hand. One instance per evaluation.
 */
final class FiredRuleRecorder extends DefaultAgendaEventListener {

    private final GovernanceVerdict verdict;

    FiredRuleRecorder(GovernanceVerdict verdict) {
        this.verdict = verdict;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        verdict.recordFiredRule(event.getMatch().getRule().getName());
    }
}
