package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.AssignmentFeatures;
import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.BanditStatistics;
import io.crowdflow.assignment.domain.Candidates;
import io.crowdflow.assignment.domain.TaskProfile;
import io.crowdflow.assignment.domain.bandit.ArmTable;
import io.crowdflow.assignment.domain.bandit.HybridBanditModel;

import java.util.Locale;
import java.util.Optional;

/**
 * Hybrid LinUCB: a linear model shared by all workers plus an intercept per worker and task type (the arm),
 * score = x . beta + delta_arm + alpha sqrt((x - m)^T A0^-1 (x - m) + 1 / (kappa + n_arm)) ({@link HybridBanditModel}). The
 * highest score wins; ties go to the first in turn. docs/assignment.md argues the choice against Thompson
 * sampling and explains the arms.
 * <p>
 * The scan allocates nothing per candidate: features come from the candidates' matrix, scores go to two columns
 * of the candidates' reusable buffers, and the best few are kept in fixed arrays. Only the chosen candidate
 * becomes an object, with its reason.
 */
public class LinUcbAssignmentPolicy implements AssignmentPolicy {

    public static final String NAME = "linucb/2";
    public static final double DEFAULT_ALPHA = 0.5;
    public static final double DEFAULT_LAMBDA = 1.0;
    /** The arm prior: an arm's own outcomes outweigh the shared prediction from this many on. */
    public static final double DEFAULT_KAPPA = 1.0;
    /** How many runners-up the reason names by score (never by person). */
    static final int RUNNERS_UP = 3;

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
    public Optional<Choice> choose(TaskProfile task, Candidates candidates) {
        int n = candidates.size();
        if (n == 0) {
            return Optional.empty();
        }
        HybridBanditModel model = statistics.current();
        ArmTable arms = model.armTermsOf(task.type());
        double newcomerVariance = model.armVariance(null);
        double[] means = candidates.scratch(0);
        double[] variances = candidates.scratch(1);
        double[] matrix = candidates.matrix();
        int stride = candidates.stride();
        Scan scan = new Scan();
        model.sharedScores(matrix, stride, n, means, variances, (from, to) -> {
            for (int i = from; i < to; i++) {
                int arm = candidates.profiled(i) ? arms.slot(candidates.workerId(i)) : -1;
                double score = arm < 0 ? means[i] + alpha * Math.sqrt(Math.max(variances[i], 0) + newcomerVariance)
                        : means[i] + arms.intercept(arm) + alpha * Math.sqrt(Math.max(variances[i]
                        + arms.crossVariance(arm, matrix, stride, i) + arms.variance(arm), 0));
                scan.offer(i, score);
            }
        });
        int[] top = scan.top;
        double[] topScores = scan.topScores;
        int kept = scan.kept;
        int best = top[0];
        int arm = candidates.profiled(best) ? arms.slot(candidates.workerId(best)) : -1;
        return Optional.of(new Choice(best, candidates.get(best),
                why(model, candidates, best, arms, arm, means[best], variances[best], topScores, kept)));
    }

    /** The best few candidates seen so far, in fixed arrays; ties keep turn order. */
    private static final class Scan {
        final int[] top = new int[RUNNERS_UP + 1];
        final double[] topScores = new double[RUNNERS_UP + 1];
        int kept;

        void offer(int i, double score) {
            if (kept <= RUNNERS_UP || score > topScores[RUNNERS_UP]) {
                int at = Math.min(kept, RUNNERS_UP);
                while (at > 0 && score > topScores[at - 1]) {     // strictly greater: ties stay in turn order
                    top[at] = top[at - 1];
                    topScores[at] = topScores[at - 1];
                    at--;
                }
                top[at] = i;
                topScores[at] = score;
                kept = Math.min(kept + 1, RUNNERS_UP + 1);
            }
        }
    }

    private String why(HybridBanditModel model, Candidates candidates, int best, ArmTable arms, int arm,
                       double shared, double variance, double[] topScores, int kept) {
        double own = arm < 0 ? 0 : arms.intercept(arm);
        double bonus = alpha * Math.sqrt(arm < 0 ? Math.max(variance, 0) + model.armVariance(null)
                : Math.max(variance + arms.crossVariance(arm, candidates.matrix(), candidates.stride(), best)
                + arms.variance(arm), 0));
        StringBuilder runnersUp = new StringBuilder();
        for (int k = 1; k < kept; k++) {
            runnersUp.append(k == 1 ? " (next best " : ", ").append(String.format(Locale.ROOT, "%.3f", topScores[k]));
        }
        if (kept > 1) {
            runnersUp.append(')');
        }
        String record = !candidates.profiled(best) ? "not used without consent"
                : arm < 0 ? "no outcome of theirs on this type yet"
                : String.format(Locale.ROOT, "%.0f outcomes of theirs on this type, %.0f accepted", arms.count(arm),
                arms.rewards(arm));
        return String.format(Locale.ROOT, "highest score %.3f = estimated reward %.3f (%.3f from the features, %+.3f "
                        + "from their own record: %s) + exploration bonus %.3f (alpha %.2f) among %d eligible%s; "
                        + "model version n=%d; features %s",
                topScores[0], shared + own, shared, own, record, bonus, alpha, candidates.size(), runnersUp,
                model.observations(), AssignmentFeatures.describe(candidates.features(best)));
    }

    @Override
    public void learn(String taskType, String workerId, double[] features, double reward) {
        statistics.record(taskType, workerId, features, reward);
    }

    public double alpha() {
        return alpha;
    }
}
