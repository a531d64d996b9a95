package io.crowdflow.rules.review;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records each fired rule's name on the verdict. One instance per evaluation. */
final class ReviewRuleRecorder extends DefaultAgendaEventListener {

    private final ReviewVerdict verdict;

    ReviewRuleRecorder(ReviewVerdict verdict) {
        this.verdict = verdict;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        verdict.recordFiredRule(event.getMatch().getRule().getName());
    }
}
