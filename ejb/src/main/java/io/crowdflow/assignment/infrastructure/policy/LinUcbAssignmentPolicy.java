package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.AssignmentFeatures;
import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.BanditStatistics;
import io.crowdflow.assignment.domain.Candidate;
import io.crowdflow.assignment.domain.TaskProfile;
import io.crowdflow.assignment.domain.bandit.LinearBanditModel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * LinUCB with one linear model shared by all workers: score = theta . x + alpha sqrt(x^T A^-1 x),
 * where x is the (worker, task) feature vector. The highest score wins; ties go to the first in turn.
 * docs/assignment.md argues the choice against Thompson sampling.
 */
public class LinUcbAssignmentPolicy implements AssignmentPolicy {

    public static final String NAME = "linucb/1";
    public static final double DEFAULT_ALPHA = 0.5;
    public static final double DEFAULT_LAMBDA = 1.0;

    private final BanditStatistics statistics;
    private final double alpha;

    public LinUcbAssignmentPolicy(BanditStatistics statistics, double alpha) {
        this.statistics = statistics;
        this.alpha = alpha;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Choice> choose(TaskProfile task, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        LinearBanditModel model = statistics.current();
        int n = candidates.size();
        double[][] xs = new double[n][];
        for (int i = 0; i < n; i++) {
            xs[i] = candidates.get(i).features();
        }
        double[] means = new double[n];
        double[] widths = new double[n];
        model.meansAndWidths(xs, means, widths);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NaN;
        for (int i = 0; i < n; i++) {
            double score = means[i] + alpha * widths[i];
            if (score > bestScore) {
                if (best >= 0) {
                    second = bestScore;
                }
                best = i;
                bestScore = score;
            } else if (Double.isNaN(second) || score > second) {
                second = score;
            }
        }
        double bestMean = means[best];
        double bestBonus = alpha * widths[best];
        Candidate chosen = candidates.get(best);
        String why = String.format(Locale.ROOT, "highest score %.3f = estimated reward %.3f + exploration bonus "
                        + "%.3f (alpha %.2f) among %d eligible%s; model version n=%d; features %s",
                bestScore, bestMean, bestBonus, alpha, candidates.size(),
                candidates.size() > 1 && Double.isFinite(second) ? String.format(Locale.ROOT, " (next best %.3f)", second)
                        : "",
                model.observations(), AssignmentFeatures.describe(chosen.features()));
        return Optional.of(new Choice(best, chosen, why));
    }

    @Override
    public void learn(double[] features, double reward) {
        statistics.record(features, reward);
    }

    public double alpha() {
        return alpha;
    }
}
