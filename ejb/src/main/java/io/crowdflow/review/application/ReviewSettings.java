package io.crowdflow.review.application;

import java.time.Duration;

import io.crowdflow.rules.review.ReviewAction;
import io.crowdflow.rules.review.ReviewPolicy;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.task.domain.ReviewPlan;
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
                Double.parseDouble(settings.text("crowdflow.review.minimum-gold-accuracy",
                        String.valueOf(d.minimumGoldAccuracy()))),
                Integer.parseInt(settings.text("crowdflow.review.minimum-gold-answers",
                        String.valueOf(d.minimumGoldAnswers()))));
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

    /**
     * The aggregation method of tasks that name none: {@code majority-vote} (default), {@code dawid-skene} or
     * {@code weighted-vote}.
     * Majority vote by default because a task's own 3-5 answers are all it reads, which is right on a new
     * platform; Dawid-Skene pays off once a type has history (docs/review.md).
     */
    public String aggregation() {
        String method = settings.text("crowdflow.review.aggregation", "majority-vote");
        if (!ReviewPlan.AGGREGATIONS.contains(method)) {
            throw new IllegalStateException("crowdflow.review.aggregation must be one of " + ReviewPlan.AGGREGATIONS
                    + ", not " + method);
        }
        return method;
    }

    /** How many recent answers of the task's type aggregation and reputation learn from. */
    public int poolSize() {
        return Integer.parseInt(settings.text("crowdflow.review.pool-size", "2000"));
    }
}
