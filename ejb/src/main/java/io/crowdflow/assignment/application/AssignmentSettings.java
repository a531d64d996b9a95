package io.crowdflow.assignment.application;

import io.crowdflow.shared.application.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Locale;

/**
 * The assignment context's settings, read like every platform setting (system property
 * {@code crowdflow.assignment.*}, else environment variable {@code CROWDFLOW_ASSIGNMENT_*}, else the default).
 */
@ApplicationScoped
public class AssignmentSettings {

    @Inject
    PlatformSettings platform;

    /** {@code linucb} (default), {@code round-robin}, {@code random} or {@code best-reputation}. */
    public String policy() {
        return platform.text("crowdflow.assignment.policy", "linucb").toLowerCase(Locale.ROOT);
    }

    /** LinUCB's exploration weight. */
    public double alpha() {
        return number("crowdflow.assignment.alpha", "0.5");
    }

    /** The ridge prior of the linear model: A starts as lambda I. */
    public double lambda() {
        return number("crowdflow.assignment.lambda", "1.0");
    }

    /** The arm prior of the hybrid model: an arm's own outcomes outweigh the shared prediction from this many on. */
    public double kappa() {
        return number("crowdflow.assignment.kappa", "1.0");
    }

    /** The random policy's seed. */
    public long seed() {
        return (long) number("crowdflow.assignment.seed", "42");
    }

    /** Eligibility: below this share of right gold answers on a type (with enough of them) no slot of it. */
    public double minimumGoldAccuracy() {
        return number("crowdflow.assignment.minimum-gold-accuracy", "0.5");
    }

    /** Eligibility: gold answers on a type before the accuracy rule applies. */
    public int minimumGoldAnswers() {
        return (int) number("crowdflow.assignment.minimum-gold-answers", "10");
    }

    /**
     * Gold mixing: gold items per ordinary assignment mixed into a worker's assignments of a type (0: none), for
     * tasks that set no {@code goldRate} of their own (docs/review.md).
     */
    public double goldRate() {
        double rate = number("crowdflow.assignment.gold-rate", "0.1");
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalStateException("setting crowdflow.assignment.gold-rate must be between 0 and 1: " + rate);
        }
        return rate;
    }

    /** How often each node folds the whole observation log again (see JpaBanditStatistics). */
    public Duration refoldInterval() {
        return Duration.parse(platform.text("crowdflow.assignment.refold-interval", "PT1M"));
    }

    private double number(String property, String fallback) {
        String value = platform.text(property, fallback);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("setting " + property + " is not a number: " + value, e);
        }
    }
}
