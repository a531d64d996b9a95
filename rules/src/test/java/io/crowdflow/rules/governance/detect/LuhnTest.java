package io.crowdflow.rules.governance.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuhnTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "4111111111111111",     // Visa test number
            "4012888888881881",     // Visa
            "5500000000000004",     // Mastercard
            "378282246310005",      // American Express (15 digits)
            "6011111111111117",     // Discover
            "4222222222222",        // 13-digit Visa
            "79927398713",          // the textbook example
            "4111 1111 1111 1111",  // spaces and dashes are ignored
            "5500-0000-0000-0004"})
    void acceptsNumbersWithAValidCheckDigit(String number) {
        assertThat(Luhn.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4111111111111112",     // last digit off by one
            "4111111111111121",     // two digits swapped
            "378282246310006",
            "79927398710",
            "5500000000000005"})
    void rejectsNumbersWithAWrongCheckDigit(String number) {
        assertThat(Luhn.isValid(number)).isFalse();
    }

    @Test
    void rejectsNonDigitsAndTooShortInput() {
        assertThat(Luhn.isValid("4111x11111111111")).isFalse();
        assertThat(Luhn.isValid("4111.1111.1111.1111")).isFalse();
        assertThat(Luhn.isValid("0")).isFalse();
        assertThat(Luhn.isValid("")).isFalse();
        assertThat(Luhn.isValid(null)).isFalse();
    }

    @Test
    void doublesEverySecondDigitFromTheRight() {
        // 18: 8 stays, 1 doubled -> 2; 8 + 2 = 10 -> valid. 81: 1 stays, 8 doubled -> 16 -> 7; 1 + 7 = 8 -> invalid.
        assertThat(Luhn.isValid("18")).isTrue();
        assertThat(Luhn.isValid("81")).isFalse();
        // 59: 9 stays, 5 doubled -> 10 -> 1; 9 + 1 = 10 -> valid (checks the "minus 9" step).
        assertThat(Luhn.isValid("59")).isTrue();
    }
}
