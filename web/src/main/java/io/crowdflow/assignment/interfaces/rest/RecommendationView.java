package io.crowdflow.assignment.interfaces.rest;

import io.crowdflow.assignment.application.RecommendationService.Recommendation;
import io.crowdflow.task.interfaces.rest.TaskView.RewardView;

import java.util.List;

/** One recommended open task: what it is, how well it suits the worker (0..1) and why. */
public record RecommendationView(String taskId, String title, String type, RewardView reward, List<String> skills,
                                 double score, boolean personalised, String why) {

    static RecommendationView of(Recommendation r) {
        var t = r.task();
        return new RecommendationView(t.id(), t.title(), t.type(),
                new RewardView(t.reward().amountText(), t.reward().currency()), t.skills(),
                Math.round(r.affinity().score() * 1000) / 1000.0, r.affinity().personalised(), r.affinity().why());
    }
}
