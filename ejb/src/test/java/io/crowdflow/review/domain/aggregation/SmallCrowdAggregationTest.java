package io.crowdflow.review.domain.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Hand-checked cases. */
class SmallCrowdAggregationTest {

    private final MajorityVote majority = new MajorityVote();
    private final DawidSkene dawidSkene = new DawidSkene();

    @Test
    void unanimousAnswersAreConfidentForBothMethods() {
        CrowdAnswers answers = CrowdAnswers.builder()
                .add("t1", "a", "cat").add("t1", "b", "cat").add("t1", "c", "cat").build();

        AggregationResult mv = majority.aggregate(answers);
        AggregationResult ds = dawidSkene.aggregate(answers);

        assertThat(mv.labelOf("t1")).isEqualTo("cat");
        assertThat(mv.confidenceOf("t1")).isEqualTo(1.0);
        assertThat(mv.tied(0)).isFalse();
        assertThat(ds.labelOf("t1")).isEqualTo("cat");
        assertThat(ds.confidenceOf("t1")).isEqualTo(1.0, within(1e-9));
    }

    @Test
    void twoAgainstOneGivesTheMajorityWithTwoThirds() {
        CrowdAnswers answers = CrowdAnswers.builder()
                .add("t1", "a", "cat").add("t1", "b", "dog").add("t1", "c", "cat").build();

        AggregationResult mv = majority.aggregate(answers);

        assertThat(mv.labelOf("t1")).isEqualTo("cat");
        assertThat(mv.confidenceOf("t1")).isEqualTo(2.0 / 3, within(1e-12));
        assertThat(mv.workerAccuracyOf("b")).isZero();
        assertThat(mv.workerAccuracyOf("a")).isEqualTo(1.0);
        assertThat(dawidSkene.aggregate(answers).labelOf("t1")).isEqualTo("cat");
    }

    @Test
    void aTieGoesToTheLowestLabelWhateverTheInputOrderAndIsReportedAsTied() {
        CrowdAnswers dogFirst = CrowdAnswers.builder().add("t1", "a", "dog").add("t1", "b", "cat").build();
        CrowdAnswers catFirst = CrowdAnswers.builder().add("t1", "b", "cat").add("t1", "a", "dog").build();

        for (CrowdAnswers answers : new CrowdAnswers[] {dogFirst, catFirst}) {
            AggregationResult mv = majority.aggregate(answers);
            assertThat(mv.labelOf("t1")).isEqualTo("cat");
            assertThat(mv.tied(0)).isTrue();
            assertThat(mv.confidenceOf("t1")).isEqualTo(0.5);

            AggregationResult ds = dawidSkene.aggregate(answers);
            assertThat(ds.labelOf("t1")).isEqualTo("cat");
            assertThat(ds.tied(0)).isTrue();
            assertThat(ds.confidenceOf("t1")).isEqualTo(0.5, within(1e-9));
        }
    }

    @Test
    void goldAnswersAnchorDawidSkeneAndOverruleAMajorityOfBadWorkers() {
        // Workers x and y always agree with each other and are wrong on every gold item; z is right on gold.
        // On the open item t9 x and y outvote z, but gold shows they are unreliable, so z's answer wins.
        CrowdAnswers.Builder b = CrowdAnswers.builder();
        Map<String, String> gold = new java.util.HashMap<>();
        String[] truths = {"cat", "dog", "cat", "dog", "cat", "dog"};
        for (int g = 0; g < truths.length; g++) {
            String wrong = truths[g].equals("cat") ? "dog" : "cat";
            b.add("g" + g, "x", wrong).add("g" + g, "y", wrong).add("g" + g, "z", truths[g]);
            gold.put("g" + g, truths[g]);
        }
        CrowdAnswers answers = b.add("t9", "x", "dog").add("t9", "y", "dog").add("t9", "z", "cat").build();

        assertThat(majority.aggregate(answers).labelOf("t9")).isEqualTo("dog");
        AggregationResult ds = dawidSkene.aggregate(answers, gold);

        assertThat(ds.labelOf("t9")).isEqualTo("cat");
        assertThat(ds.confidenceOf("t9")).isGreaterThan(0.9);
        assertThat(ds.labelOf("g0")).isEqualTo("cat");
        assertThat(ds.confidenceOf("g0")).isEqualTo(1.0);
        assertThat(ds.workerAccuracyOf("z")).isGreaterThan(0.9);
        assertThat(ds.workerAccuracyOf("x")).isLessThan(0.1);
        // without gold the same data is read the other way round
        assertThat(dawidSkene.aggregate(answers).labelOf("t9")).isEqualTo("dog");
    }

    @Test
    void majorityVoteTakesGoldItemsAsKnown() {
        CrowdAnswers answers = CrowdAnswers.builder().add("g1", "a", "dog").add("g1", "b", "dog").build();

        AggregationResult mv = majority.aggregate(answers, Map.of("g1", "cat", "unknown-item", "cat"));

        assertThat(mv.labelOf("g1")).isEqualTo("dog"); // "cat" was never answered nor declared: ignored
        CrowdAnswers declared = CrowdAnswers.builder().declareLabels(java.util.List.of("cat"))
                .add("g1", "a", "dog").add("g1", "b", "dog").build();
        assertThat(majority.aggregate(declared, Map.of("g1", "cat")).labelOf("g1")).isEqualTo("cat");
        assertThat(majority.aggregate(declared, Map.of("g1", "cat")).workerAccuracyOf("a")).isZero();
    }

    @Test
    void labelsOfAnyNumberOfClassesAreIndexedInLexicographicOrder() {
        CrowdAnswers answers = CrowdAnswers.builder()
                .add("t1", "a", "e").add("t1", "b", "b").add("t2", "a", "d").add("t2", "c", "a").add("t3", "c", "c")
                .build();

        assertThat(answers.labels()).containsExactly("a", "b", "c", "d", "e");
        assertThat(answers.items()).containsExactly("t1", "t2", "t3");
        assertThat(answers.workers()).containsExactly("a", "b", "c");
        assertThat(dawidSkene.aggregate(answers).labelOf("t3")).isEqualTo("c");
    }

    @Test
    void blankValuesAndEmptyInputAreRefused() {
        assertThatThrownBy(() -> CrowdAnswers.builder().add("t1", " ", "cat"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrowdAnswers.builder().build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DawidSkene(0, 1e-6, 0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DawidSkene(10, 1e-6, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
