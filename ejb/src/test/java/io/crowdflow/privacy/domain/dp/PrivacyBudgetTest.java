package io.crowdflow.privacy.domain.dp;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivacyBudgetTest {

    private static final Instant DAY = Instant.parse("2026-11-25T00:00:00Z");
    private static final Instant NEXT = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void releasesAreAccountedUntilTheLimitAndThenRefusedWithoutSpending() {
        PrivacyBudget budget = new PrivacyBudget(DAY, 1.0, 0);
        for (int release = 0; release < 3; release++) {
            budget.spend(0.3, NEXT);   // three queries at 0.1 each
        }
        assertThat(budget.spent()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThatThrownBy(() -> budget.spend(0.3, NEXT))
                .isInstanceOf(PrivacyBudgetExhaustedException.class)
                .hasMessageContaining("0.90 of 1.00").hasMessageContaining(NEXT.toString())
                .satisfies(e -> assertThat(((PrivacyBudgetExhaustedException) e).retryAfter()).isEqualTo(NEXT));
        assertThat(budget.spent()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
        budget.spend(0.1, NEXT);   // exactly up to the limit is allowed, despite floating-point sums
        assertThat(budget.remaining()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(budget.canPay(0.001)).isFalse();
    }

    @Test
    void aBudgetResumesFromWhatWasSpentBefore() {
        PrivacyBudget stored = new PrivacyBudget(DAY, 1.0, 0.95);
        assertThat(stored.canPay(0.1)).isFalse();
        assertThat(stored.canPay(0.05)).isTrue();
    }

    @Test
    void nothingOrANegativeAmountCannotBeSpent() {
        PrivacyBudget budget = new PrivacyBudget(DAY, 1.0, 0);
        assertThatThrownBy(() -> budget.spend(0, NEXT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> budget.spend(-0.1, NEXT)).isInstanceOf(IllegalArgumentException.class);
    }
}
