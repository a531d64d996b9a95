package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.AssignmentFeatures;
import io.crowdflow.assignment.domain.AssignmentPolicy.Choice;
import io.crowdflow.assignment.domain.Candidate;
import io.crowdflow.assignment.domain.Candidates;
import io.crowdflow.assignment.domain.TaskProfile;
import io.crowdflow.assignment.domain.WorkerRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LinUcbAssignmentPolicyTest {

    static final TaskProfile TASK = new TaskProfile("labeling", List.of(), 0, 0.5);
    static final int D = AssignmentFeatures.DIMENSION;

    @Test
    void onAStationaryProblemItConvergesToTheBestArm() {
        // five arms with fixed, distinct feature vectors; the reward is Bernoulli with a mean linear in them
        SplittableRandom random = new SplittableRandom(42);
        double[] weights = new double[D];
        weights[AssignmentFeatures.REPUTATION] = 0.8;
        weights[AssignmentFeatures.WORKLOAD] = -0.3;
        List<Candidate> arms = new ArrayList<>();
        double[] means = new double[5];
        for (int arm = 0; arm < 5; arm++) {
            double[] x = new double[D];
            x[AssignmentFeatures.BIAS] = 1;
            x[AssignmentFeatures.REPUTATION] = 0.2 + 0.15 * arm;
            x[AssignmentFeatures.WORKLOAD] = (arm % 2) * 0.5;
            arms.add(new Candidate("w" + arm, x, null));
            means[arm] = dot(weights, x);
        }
        int best = 0;
        for (int arm = 1; arm < 5; arm++) {
            best = means[arm] > means[best] ? arm : best;
        }
        LinUcbAssignmentPolicy policy = new LinUcbAssignmentPolicy(new InMemoryBanditStatistics(D, 1.0, 1.0), 0.5);
        int bestChosenLate = 0;
        for (int round = 0; round < 3000; round++) {
            Choice choice = policy.choose(TASK, Candidates.of(arms)).orElseThrow();
            double reward = random.nextDouble() < means[choice.index()] ? 1 : 0;
            policy.learn(TASK.type(), choice.candidate().workerId(), choice.candidate().features(), reward);
            if (round >= 2000 && choice.index() == best) {
                bestChosenLate++;
            }
        }
        assertThat(bestChosenLate).isGreaterThan(950);
    }

    @Test
    void theReasonCarriesScoreBonusModelVersionAndFeatures() {
        LinUcbAssignmentPolicy policy = new LinUcbAssignmentPolicy(new InMemoryBanditStatistics(D, 1.0, 1.0), 0.5);
        double[] x = new double[D];
        x[AssignmentFeatures.BIAS] = 1;
        Choice choice = policy.choose(TASK, Candidates.of(List.of(new Candidate("a", x, null),
                new Candidate("b", x.clone(), null)))).orElseThrow();

        assertThat(choice.index()).isZero();   // ties go to the first in turn
        assertThat(choice.candidate().workerId()).isEqualTo("a");
        // width sqrt(x^T A0^-1 x + 1 / kappa) = sqrt(1 + 1) for a cold model
        assertThat(choice.why()).contains("highest score 0.707 = estimated reward 0.000 (0.000 from the features, "
                        + "+0.000 from their own record: no outcome of theirs on this type yet) + exploration bonus 0.707")
                .contains("among 2 eligible (next best 0.707)").contains("model version n=0")
                .contains("features skill=0.00 rep=0.00");
        assertThat(policy.name()).isEqualTo("linucb/2");
        assertThat(policy.choose(TASK, Candidates.of(List.of()))).isEmpty();
    }

    @Test
    void bestReputationPicksTheHighestReputationAndRandomIsRepeatableWithItsSeed() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double[] x = new double[D];
            x[AssignmentFeatures.REPUTATION] = i == 6 ? 0.9 : 0.5;
            candidates.add(new Candidate("w" + i, x, null));
        }
        assertThat(new BestReputationAssignmentPolicy().choose(TASK, Candidates.of(candidates)).orElseThrow().index())
                .isEqualTo(6);

        RandomAssignmentPolicy one = new RandomAssignmentPolicy(3);
        RandomAssignmentPolicy two = new RandomAssignmentPolicy(3);
        for (int i = 0; i < 20; i++) {
            assertThat(one.choose(TASK, Candidates.of(candidates)).orElseThrow().index())
                    .isEqualTo(two.choose(TASK, Candidates.of(candidates)).orElseThrow().index());
        }
    }

    @Test
    void aWorkerWhoseWorkOnTheTypeWasAcceptedIsPreferredToOneWithTheSameFeaturesWhoseWasRejected() {
        LinUcbAssignmentPolicy policy = new LinUcbAssignmentPolicy(new InMemoryBanditStatistics(D, 1.0, 1.0), 0.5);
        double[] x = new double[D];
        x[AssignmentFeatures.BIAS] = 1;
        x[AssignmentFeatures.REPUTATION] = 0.5;
        for (int n = 0; n < 10; n++) {
            policy.learn("labeling", "rejected", x, 0);
            policy.learn("labeling", "accepted", x, 1);
        }
        // "rejected" is first in turn and has identical features: only the arms tell them apart
        Candidates candidates = Candidates.of(List.of(new Candidate("rejected", x, null),
                new Candidate("accepted", x.clone(), null)));
        Choice choice = policy.choose(TASK, candidates).orElseThrow();

        assertThat(choice.candidate().workerId()).isEqualTo("accepted");
        assertThat(choice.why()).contains("from their own record: 10 outcomes of theirs on this type, 10 accepted")
                .contains("model version n=20").doesNotContain("rejected");
        // on another type they are both newcomers again: the first in turn wins
        TaskProfile translation = new TaskProfile("translation", List.of(), 0, 0.5);
        assertThat(policy.choose(translation, candidates).orElseThrow().candidate().workerId()).isEqualTo("rejected");
    }

    @Test
    void whatWasLearnedAboutAWorkerWithoutProfilingConsentIsNotUsedForThem() {
        LinUcbAssignmentPolicy policy = new LinUcbAssignmentPolicy(new InMemoryBanditStatistics(D, 1.0, 1.0), 0.5);
        double[] x = new double[D];
        x[AssignmentFeatures.BIAS] = 1;
        for (int n = 0; n < 10; n++) {
            policy.learn("labeling", "withdrew", x, 1);     // learned while they still consented
            policy.learn("labeling", "other", x, 0);
        }
        TaskProfile task = new TaskProfile("labeling", List.of(), 0, 0.5);
        WorkerRecord newcomer = WorkerRecord.newcomer("withdrew", List.of(), 0, null);
        Candidates candidates = new Candidates(2);
        candidates.add("fresh", null, task, WorkerRecord.newcomer("fresh", List.of(), 0, null), 5, true);
        candidates.add("withdrew", null, task, newcomer, 5, false);
        Choice choice = policy.choose(task, candidates).orElseThrow();

        // both score as newcomers, so the first in turn wins; with consent "withdrew" would have won
        assertThat(choice.candidate().workerId()).isEqualTo("fresh");
        Candidates consenting = new Candidates(2);
        consenting.add("fresh", null, task, WorkerRecord.newcomer("fresh", List.of(), 0, null), 5, true);
        consenting.add("withdrew", null, task, newcomer, 5, true);
        assertThat(policy.choose(task, consenting).orElseThrow().candidate().workerId()).isEqualTo("withdrew");
        Candidates alone = new Candidates(1);
        alone.add("withdrew", null, task, newcomer, 5, false);
        assertThat(policy.choose(task, alone).orElseThrow().why()).contains("from their own record: not used without consent");
    }

    @Test
    void theReasonNamesTheThreeRunnersUpByScoreInOrderAndNoOneElse() {
        LinUcbAssignmentPolicy policy = new LinUcbAssignmentPolicy(new InMemoryBanditStatistics(D, 1.0, 1.0), 0.5);
        double[] x = new double[D];
        x[AssignmentFeatures.BIAS] = 1;
        int[] accepted = {2, 9, 5, 0, 7, 3};
        List<Candidate> list = new ArrayList<>();
        for (int w = 0; w < accepted.length; w++) {
            for (int n = 0; n < 10; n++) {
                policy.learn("labeling", "w" + w, x, n < accepted[w] ? 1 : 0);
            }
            list.add(new Candidate("w" + w, x.clone(), null));
        }
        Candidates candidates = Candidates.of(list);
        Choice choice = policy.choose(TASK, candidates).orElseThrow();

        assertThat(choice.index()).isEqualTo(1);
        String nextBest = choice.why().replaceAll(".*\\(next best ([^)]*)\\).*", "$1");
        String[] scores = nextBest.split(", ");
        assertThat(scores).hasSize(3);
        assertThat(Double.parseDouble(scores[0])).isGreaterThan(Double.parseDouble(scores[1]));
        assertThat(Double.parseDouble(scores[1])).isGreaterThan(Double.parseDouble(scores[2]));
        assertThat(choice.why()).doesNotContain("w4").doesNotContain("w2");
    }

    @Test
    void thePolicyIsChosenByName() {
        InMemoryBanditStatistics statistics = new InMemoryBanditStatistics(D, 1.0, 1.0);
        assertThat(AssignmentPolicyProducer.select("linucb", statistics, 0.5, 1).name()).isEqualTo("linucb/2");
        assertThat(AssignmentPolicyProducer.select("round-robin", statistics, 0.5, 1).name()).isEqualTo("round-robin/1");
        assertThat(AssignmentPolicyProducer.select("random", statistics, 0.5, 1).name()).isEqualTo("random/1");
        assertThat(AssignmentPolicyProducer.select("best-reputation", statistics, 0.5, 1).name())
                .isEqualTo("best-reputation/1");
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
