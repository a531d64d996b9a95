package io.crowdflow.rules.governance.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "DE89370400440532013000",
            "GB82WEST12345698765432",
            "NL91ABNA0417164300",
            "FR1420041010050500013M02606",
            "BE68539007547034",           // 16 characters, one of the shortest in use
            "NO9386011117947",            // 15 characters, the shortest
            "MT84MALT011000012345MTLCAST001S", // 31 characters, letters in the account part
            "DE89 3704 0044 0532 0130 00", // printed form
            "de89370400440532013000"})    // lower case
    void acceptsValidIbans(String iban) {
        assertThat(Iban.isValid(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DE88370400440532013000",     // wrong check digits
            "DE89370400440532013001",     // one account digit changed
            "GB82WEST12345698765423",     // two digits swapped
            "NL91ABNA0417164301"})
    void rejectsAWrongChecksum(String iban) {
        assertThat(Iban.isValid(iban)).isFalse();
    }

    @Test
    void rejectsWrongStructure() {
        assertThat(Iban.isValid("D989370400440532013000")).as("country code not letters").isFalse();
        assertThat(Iban.isValid("DEX9370400440532013000")).as("check digits not digits").isFalse();
        assertThat(Iban.isValid("DE8937040044")).as("too short").isFalse();
        assertThat(Iban.isValid("DE89" + "1".repeat(31))).as("too long").isFalse();
        assertThat(Iban.isValid("DE89-3704-0044-0532-0130-00")).as("dashes").isFalse();
        assertThat(Iban.isValid("")).isFalse();
        assertThat(Iban.isValid(null)).isFalse();
    }

    @Test
    void mod97OfAValidIbanIsOne() {
        assertThat(Iban.mod97("DE89370400440532013000")).isEqualTo(1);
        assertThat(Iban.mod97("DE00370400440532013000")).isNotEqualTo(1);
    }
}
