package io.crowdflow.privacy.domain.dp;

import io.crowdflow.shared.domain.LimitExceededException;

import java.time.Instant;
import java.util.Locale;

/** A new release would spend more epsilon than the period's budget has left. */
public class PrivacyBudgetExhaustedException extends LimitExceededException {

    public PrivacyBudgetExhaustedException(double limit, double spent, double asked, Instant nextPeriod) {
        super(String.format(Locale.ROOT, "the privacy budget of this period is spent: %.2f of %.2f used, a new "
                + "release needs %.2f; the next period starts at %s", spent, limit, asked, nextPeriod), nextPeriod);
    }

    @Override
    public String problemSlug() {
        return "privacy-budget-exhausted";
    }
}
