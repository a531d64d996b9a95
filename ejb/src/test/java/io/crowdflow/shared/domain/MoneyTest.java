package io.crowdflow.shared.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class MoneyTest {

    @Test
    void everyAmountIsKeptAtFourDecimals() {
        assertThat(Money.of("1.5", "USD").amount()).isEqualByComparingTo("1.5").hasScaleOf(4);
        assertThat(Money.of("7", "USD").amount().scale()).isEqualTo(4);
        assertThat(Money.zero("EUR").amount().toPlainString()).isEqualTo("0.0000");
    }

    @Test
    void amountsThatDifferOnlyInTrailingZerosAreEqual() {
        assertThat(Money.of("1.5", "USD")).isEqualTo(Money.of("1.50000000", "USD"));
    }

    @Test
    void moreThanFourSignificantDecimalsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("0.12345", "USD"))
                .withMessageContaining("at most 4 decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "US", "USDX", "U5D", "", " USD"})
    void currencyMustBeAThreeLetterUpperCaseCode(String currency) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", currency))
                .withMessageContaining("ISO-4217");
    }

    @Test
    void amountAndCurrencyAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Money(null, "USD"));
        assertThatNullPointerException().isThrownBy(() -> new Money(BigDecimal.ONE, null));
    }

    @Test
    void addsSubtractsAndMultipliesInTheSameCurrency() {
        Money half = Money.of("0.50", "USD");
        assertThat(half.plus(Money.of("0.25", "USD"))).isEqualTo(Money.of("0.75", "USD"));
        assertThat(half.minus(Money.of("0.75", "USD"))).isEqualTo(Money.of("-0.25", "USD"));
        assertThat(half.times(3)).isEqualTo(Money.of("1.5", "USD"));
        assertThat(half.times(0)).isEqualTo(Money.zero("USD"));
    }

    @Test
    void refusesToMixCurrencies() {
        Money dollars = Money.of("1", "USD");
        Money euros = Money.of("1", "EUR");
        assertThatIllegalArgumentException().isThrownBy(() -> dollars.plus(euros))
                .withMessageContaining("USD").withMessageContaining("EUR");
        assertThatIllegalArgumentException().isThrownBy(() -> dollars.minus(euros));
        assertThatIllegalArgumentException().isThrownBy(() -> dollars.isLessThan(euros));
    }

    @Test
    void tellsSignAndOrder() {
        assertThat(Money.of("-0.0001", "USD").isNegative()).isTrue();
        assertThat(Money.of("-0.0001", "USD").isPositive()).isFalse();
        assertThat(Money.zero("USD").isNegative()).isFalse();
        assertThat(Money.zero("USD").isPositive()).isFalse();
        assertThat(Money.of("0.0001", "USD").isPositive()).isTrue();
        assertThat(Money.of("0.99", "USD").isLessThan(Money.of("1", "USD"))).isTrue();
        assertThat(Money.of("1", "USD").isLessThan(Money.of("1.0000", "USD"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "0.5,     0.50",
            "1.1,     1.10",
            "0.1234,  0.1234",
            "1.125,   1.125",
            "10,      10.00",
            "100,     100.00",
            "0,       0.00",
            "-0.5,    -0.50"
    })
    void amountTextKeepsAtLeastTwoDecimalsAndNoMoreThanNeeded(String amount, String text) {
        assertThat(Money.of(amount, "USD").amountText()).isEqualTo(text);
    }

    @Test
    void percentRoundsHalfUpToFourDecimals() {
        // 1.2345 x 50% = 0.61725: half-up gives 0.6173 where half-even would give 0.6172
        assertThat(Money.of("1.2345", "USD").percent(new BigDecimal("50"))).isEqualTo(Money.of("0.6173", "USD"));
        // 0.0005 x 10% = 0.00005 -> 0.0001; 0.0004 x 10% = 0.00004 -> 0
        assertThat(Money.of("0.0005", "USD").percent(BigDecimal.TEN)).isEqualTo(Money.of("0.0001", "USD"));
        assertThat(Money.of("0.0004", "USD").percent(BigDecimal.TEN)).isEqualTo(Money.zero("USD"));
        assertThat(Money.of("1.50", "EUR").percent(BigDecimal.TEN)).isEqualTo(Money.of("0.15", "EUR"));
    }
}
