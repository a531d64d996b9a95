package io.crowdflow.review.application;

import java.time.Duration;

import io.crowdflow.rules.review.ReviewAction;
import io.crowdflow.rules.review.ReviewPolicy;
import io.crowdflow.shared.application.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The review context's settings (system property, else environment variable, else default; docs/review.md). */
@ApplicationScoped
public class ReviewSettings {

    @Inject
    PlatformSettings settings;

    /** Thresholds of the review rules. */
    public ReviewPolicy reviewPolicy() {
        ReviewPolicy d = ReviewPolicy.DEFAULT;
        return new ReviewPolicy(
                Duration.parse(settings.text("crowdflow.review.minimum-work-time", d.minimumWorkTime().toString())),
                Integer.parseInt(settings.text("crowdflow.review.duplicate-minimum-length",
                        String.valueOf(d.duplicateMinimumLength()))),
                ReviewAction.valueOf(settings.text("crowdflow.review.gold-failure-action", d.goldFailureAction().name())),
                d.minimumGoldAccuracy(), d.minimumGoldAnswers());
    }

    /** How long a rejected worker has to dispute. */
    public Duration disputeWindow() {
        return Duration.parse(settings.text("crowdflow.review.dispute-window", "P3D"));
    }

    /** Fewest aggregated answers for an automatic decision. */
    public int automaticMinimumAnswers() {
        return Integer.parseInt(settings.text("crowdflow.review.automatic.minimum-answers", "3"));
    }

    /** Lowest aggregated confidence for an automatic decision. */
    public double automaticMinimumConfidence() {
        return Double.parseDouble(settings.text("crowdflow.review.automatic.minimum-confidence", "0.66"));
    }
}
