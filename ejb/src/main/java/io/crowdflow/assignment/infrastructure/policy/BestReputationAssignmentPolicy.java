package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.AssignmentFeatures;
import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.Candidates;
import io.crowdflow.assignment.domain.TaskProfile;

import java.util.Locale;
import java.util.Optional;

/**
 * The worker with the best reputation (accepted share of reviewed work, Beta(1, 1) prior) goes
 * first; ties go to the first in turn. Greedy: it never explores on purpose.
 */
public class BestReputationAssignmentPolicy implements AssignmentPolicy {

    public static final String NAME = "best-reputation/1";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Choice> choose(TaskProfile task, Candidates candidates) {
        int best = -1;
        double bestReputation = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            double reputation = candidates.feature(i, AssignmentFeatures.REPUTATION);
            if (reputation > bestReputation) {
                best = i;
                bestReputation = reputation;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        return Optional.of(new Choice(best, candidates.get(best), String.format(Locale.ROOT,
                "best reputation %.2f among %d eligible", bestReputation, candidates.size())));
    }
}
