package io.crowdflow.review.domain.aggregation;

import java.util.Map;

/** Maps gold labels (item id → label) onto item and label indexes. */
final class Gold {

    interface Sink {
        void accept(int item, int label);
    }

    private Gold() {
    }

    /** Calls {@code sink} for every gold item present in the answers whose label is known to them. */
    static int apply(CrowdAnswers answers, Map<String, String> gold, Sink sink) {
        int applied = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            int i = answers.itemIndex(e.getKey());
            int c = answers.labelIndex(e.getValue());
            if (i >= 0 && c >= 0) {
                sink.accept(i, c);
                applied++;
            }
        }
        return applied;
    }
}
