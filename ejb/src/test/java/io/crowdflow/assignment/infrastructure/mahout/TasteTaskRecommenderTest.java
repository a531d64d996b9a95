package io.crowdflow.assignment.infrastructure.mahout;

import io.crowdflow.assignment.domain.TaskAffinities.Affinity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TasteTaskRecommenderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    /**
     * Two crowds: transcribers do well at transcription and captions, labellers at labeling and bounding
     * boxes. "ann" transcribed well but never captioned; "bob" labelled well but never drew boxes.
     */
    private static List<TypePreference> history() {
        return history(6);
    }

    private static List<TypePreference> history(int crowd) {
        List<TypePreference> h = new ArrayList<>();
        for (int i = 0; i < crowd; i++) {
            h.add(new TypePreference("t" + i, "transcription", 9, 10));
            h.add(new TypePreference("t" + i, "caption", 8 + i % 2, 10));
            h.add(new TypePreference("t" + i, "labeling", 2, 10));
            h.add(new TypePreference("l" + i, "labeling", 9, 10));
            h.add(new TypePreference("l" + i, "boxes", 8 + i % 2, 10));
            h.add(new TypePreference("l" + i, "transcription", 1, 10));
        }
        h.add(new TypePreference("ann", "transcription", 10, 10));
        h.add(new TypePreference("ann", "labeling", 1, 10));
        h.add(new TypePreference("bob", "labeling", 10, 10));
        h.add(new TypePreference("bob", "transcription", 1, 10));
        return h;
    }

    @Test
    void itemBasedRanksTheTypeLikeTheOnesTheWorkerDidWellAboveTheOther() {
        TasteTaskRecommender r = TasteTaskRecommender.build(history(), RecommenderVariant.ITEM_BASED, NOW);

        Affinity annCaption = r.affinity("ann", "caption", true);
        Affinity annBoxes = r.affinity("ann", "boxes", true);

        assertThat(annCaption.personalised()).isTrue();
        assertThat(annCaption.score()).isGreaterThan(annBoxes.score());
        assertThat(annCaption.why()).startsWith("mahout item-based estimate").contains("14 workers x 4 task types");
        assertThat(r.affinity("bob", "boxes", true).score()).isGreaterThan(r.affinity("bob", "caption", true).score());
    }

    @Test
    void keepingEveryTypesSimilarTypesGivesTheExactEstimates() {
        TasteTaskRecommender exact = TasteTaskRecommender.build(history(), RecommenderVariant.ITEM_BASED, 0, NOW);
        TasteTaskRecommender kept = TasteTaskRecommender.build(history(), RecommenderVariant.ITEM_BASED, 3, NOW);

        for (String worker : new String[]{"ann", "bob", "t1", "l2"}) {
            for (String type : new String[]{"transcription", "caption", "labeling", "boxes"}) {
                assertThat(kept.affinity(worker, type, true)).as(worker + " / " + type)
                        .isEqualTo(exact.affinity(worker, type, true));
            }
        }
    }

    @Test
    void anEstimateNeedsTwoKeptSimilarTypesTheWorkerDidElseItFallsBackToPopularityAndSaysSo() {
        // one similar type kept per type: Mahout's item-based estimate needs at least two
        TasteTaskRecommender r = TasteTaskRecommender.build(history(), RecommenderVariant.ITEM_BASED, 1, NOW);

        Affinity annCaption = r.affinity("ann", "caption", true);
        assertThat(annCaption.personalised()).isFalse();
        assertThat(annCaption.why()).contains("no similar task types to estimate from");
        assertThat(TasteTaskRecommender.build(history(), RecommenderVariant.ITEM_BASED, 2, NOW)
                .affinity("ann", "caption", true).personalised()).isTrue();
    }

    @Test
    void userBasedRanksWhatSimilarWorkersDidWellFirst() {
        // crowds larger than the neighbourhood: ann's nearest 20 are transcribers, none of whom drew boxes
        TasteTaskRecommender r = TasteTaskRecommender.build(history(25), RecommenderVariant.USER_BASED, NOW);

        assertThat(r.affinity("ann", "caption", true).score()).isGreaterThan(r.affinity("ann", "boxes", true).score());
        assertThat(r.affinity("bob", "boxes", true).score()).isGreaterThan(r.affinity("bob", "caption", true).score());
        assertThat(r.affinity("ann", "caption", true).why()).startsWith("mahout user-based estimate");
    }

    @Test
    void aTypeTheWorkerDidIsEstimatedAsTheirOwnShareOfAcceptedWork() {
        TasteTaskRecommender r = TasteTaskRecommender.build(history(), RecommenderVariant.ITEM_BASED, NOW);

        assertThat(r.affinity("ann", "transcription", true).score()).isEqualTo(1.0);
        assertThat(r.affinity("ann", "labeling", true).score()).isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aNewWorkerGetsThePopularityBaselineSayingWhy() {
        TasteTaskRecommender r = TasteTaskRecommender.build(history(), RecommenderVariant.ITEM_BASED, NOW);

        Affinity labeling = r.affinity("newcomer", "labeling", true);
        Affinity boxes = r.affinity("newcomer", "boxes", true);

        assertThat(labeling.personalised()).isFalse();
        assertThat(labeling.why()).startsWith("popular among workers: 14 with accepted work of this type")
                .contains("no reviewed work of yours yet");
        assertThat(labeling.score()).isEqualTo(1.0);
        assertThat(boxes.score()).isEqualTo(6 / 14.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aNewTaskTypeGetsItsPopularityWhichIsNoneYet() {
        TasteTaskRecommender r = TasteTaskRecommender.build(history(), RecommenderVariant.ITEM_BASED, NOW);

        Affinity brandNew = r.affinity("ann", "audio", true);

        assertThat(brandNew.score()).isZero();
        assertThat(brandNew.why()).contains("0 with accepted work").contains("no reviewed work of this task type yet");
    }

    @Test
    void withoutConsentTheWorkerGetsPopularityNotTheirHistory() {
        TasteTaskRecommender r = TasteTaskRecommender.build(history(), RecommenderVariant.ITEM_BASED, NOW);

        Affinity caption = r.affinity("ann", "caption", false);
        Affinity labeling = r.affinity("ann", "labeling", false);

        assertThat(caption.personalised()).isFalse();
        assertThat(caption.why()).contains("not personalised: no consent to recommendations");
        // personalised, ann's own labeling share is 0.1; the baseline ranks labeling (14 workers) first
        assertThat(labeling.score()).isGreaterThan(caption.score());
    }

    @Test
    void thePopularityVariantNeverPersonalises() {
        TasteTaskRecommender r = TasteTaskRecommender.build(history(), RecommenderVariant.POPULARITY, NOW);

        Affinity a = r.affinity("ann", "transcription", true);

        assertThat(a.personalised()).isFalse();
        assertThat(a.why()).contains("configured baseline");
        assertThat(r.summary().variant()).isEqualTo("popularity");
    }

    @Test
    void beforeTheFirstBuildEveryoneGetsAZeroBaselineSayingNoModelYet() {
        TasteTaskRecommender r = TasteTaskRecommender.empty(RecommenderVariant.ITEM_BASED);

        Affinity a = r.affinity("ann", "transcription", true);

        assertThat(a.score()).isZero();
        assertThat(a.why()).contains("no model built yet");
        assertThat(r.summary().workers()).isZero();
    }

    @Test
    void anUnknownVariantSettingIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecommenderVariant.fromSlug("svd"))
                .hasMessageContaining("item-based, user-based or popularity");
        assertThat(RecommenderVariant.fromSlug(" User-Based ")).isEqualTo(RecommenderVariant.USER_BASED);
    }
}
