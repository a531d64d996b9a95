package io.crowdflow.privacy.domain.dp;

import java.time.Instant;

/**
 * The epsilon that may be spent on releases in one budget period. Sequential composition: the
 * releases of one period together are (sum of their epsilons)-differentially private, so the sum may
 * not pass the limit.
 */
public final class PrivacyBudget {

    private static final double ROUNDING = 1e-9;

    private final Instant periodStart;
    private final double limit;
    private double spent;

    public PrivacyBudget(Instant periodStart, double limit, double spent) {
        if (!(limit > 0) || spent < 0) {
            throw new IllegalArgumentException("a budget limit is positive and the spent part not negative");
        }
        this.periodStart = periodStart;
        this.limit = limit;
        this.spent = spent;
    }

    public boolean canPay(double epsilon) {
        return spent + epsilon <= limit + ROUNDING;
    }

    /** Spends epsilon, or throws when that would pass the limit (and then spends nothing). */
    public void spend(double epsilon, Instant nextPeriod) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be positive: " + epsilon);
        }
        if (!canPay(epsilon)) {
            throw new PrivacyBudgetExhaustedException(limit, spent, epsilon, nextPeriod);
        }
        spent += epsilon;
    }

    public Instant periodStart() {
        return periodStart;
    }

    public double limit() {
        return limit;
    }

    public double spent() {
        return spent;
    }

    public double remaining() {
        return Math.max(0, limit - spent);
    }
}
