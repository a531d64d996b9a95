package io.crowdflow.rules.governance.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pattern detectors the classification rules call. */
class DetectorsTest {

    // --- e-mail ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "Write to jane.doe@example.org.",
            "{\"contact\":\"x_y+tag@mail.example.co.uk\"}",
            "<a@b.io>"})
    void findsEmailAddresses(String text) {
        assertThat(EmailDetector.containsEmailAddress(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tag the photo @cats",
            "price 5 @ 3 EUR",
            "user@localhost",
            "no at sign here"})
    void ignoresTextWithoutAnEmailAddress(String text) {
        assertThat(EmailDetector.containsEmailAddress(text)).isFalse();
    }

    // --- phone numbers --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "+49 30 1234567",
            "Call +44 20 7946 0958 today",
            "+4930123456",
            "+49 (0)30 1234567",
            "0049 30 1234567",
            "030 1234567",
            "(030) 123-4567",
            "0171/1234567",
            "01.23.45.67.89",
            "415-555-0132",
            "(415) 555-0132"})
    void findsPhoneNumbers(String text) {
        assertThat(PhoneNumberDetector.containsPhoneNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "+49 30 123",                  // too few digits
            "+49 30 1234 5678 9012 3456",  // too many digits (E.164 allows 15)
            "order 12345678",              // plain id without separators
            "id 0123456789",               // plain id, even with a leading 0
            "2024-01-15",                  // ISO date
            "01.02.2024",                  // German date
            "ratio 3.14159265",            // decimal
            "1000 2000 3000 boxes",        // numbers in prose
            "IBAN NL91 ABNA 0417 1643 00", // digit groups inside an IBAN
            "version 10.1.0"})
    void ignoresNumbersThatAreNotPhoneNumbers(String text) {
        assertThat(PhoneNumberDetector.containsPhoneNumber(text)).isFalse();
    }

    // --- IBAN -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"iban\":\"DE89 3704 0044 0532 0130 00\"}",
            "IBAN DE89370400440532013000, BIC COBADEFFXXX",
            "pay to GB82 WEST 1234 5698 7654 32 TODAY",   // upper-case word right after the IBAN
            "NL91ABNA0417164300"})
    void findsValidIbans(String text) {
        assertThat(IbanDetector.containsValidIban(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DE88 3704 0044 0532 0130 00",  // checksum fails
            "XDE89370400440532013000",      // glued to a preceding letter
            "ISBN 978 3 16 148410 0",
            "DE89 3704"})
    void ignoresInvalidOrPartialIbans(String text) {
        assertThat(IbanDetector.containsValidIban(text)).isFalse();
    }

    // --- payment cards --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "4111111111111111",
            "card 4111 1111 1111 1111.",
            "5500-0000-0000-0004",
            "Amex 3782 822463 10005",
            "{\"pan\":\"6011111111111117\"}",
            "4222222222222"})
    void findsCardNumbersPassingLuhn(String text) {
        assertThat(PaymentCardDetector.containsCardNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4111 1111 1111 1112",            // fails Luhn
            "411111111111",                   // 12 digits: too short
            "41111111111111111111",           // 20 digits: too long, and no 19-digit window of it counts
            "4111.1111.1111.1111",            // dots are not card separators
            "DE89 3704 0044 0532 0130 00",    // the digits of an IBAN
            "+49 170 12345678",               // a phone number
            "0000 0000 0000 0000",            // all zeros pass Luhn but are no card
            "id A4111111111111111"})          // glued to a letter
    void ignoresDigitsThatAreNotACard(String text) {
        assertThat(PaymentCardDetector.containsCardNumber(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519491231002X",                       // Chinese resident id, check character X
            "id: 11010519491231002x.",                  // lower-case x
            "{\"sfz\":\"440304199001011233\"}",
            "SSN 078-05-1120 on file"})
    void findsNationalIdNumbers(String text) {
        assertThat(NationalIdDetector.containsNationalId(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021",                       // wrong check character
            "110105194913310029",                       // month 13
            "110105194902300025",                       // 30 February
            "110105299901010020",                       // born in the future (and century 29)
            "A11010519491231002X",                      // glued to a letter
            "078051120",                                // a bare nine-digit run
            "000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000",
            "2024-01-15"})
    void ignoresNumbersThatAreNotNationalIds(String text) {
        assertThat(NationalIdDetector.containsNationalId(text)).isFalse();
    }

    @Test
    void aChineseResidentIdIsNeverTakenForACardNumber() {
        // a valid resident id that passes Luhn as well, by chance: it is an id, not a card
        assertThat(NationalIdDetector.containsNationalId("440304199001011049")).isTrue();
        assertThat(Luhn.isValid("440304199001011049")).isTrue();
        assertThat(PaymentCardDetector.containsCardNumber("id 440304199001011049")).isFalse();
        assertThat(PaymentCardDetector.containsCardNumber("card 4111 1111 1111 1111, id 440304199001011049")).isTrue();
    }

    // --- robustness -----------------------------------------------------------------------------------

    @Test
    void nullAndEmptyTextFindNothing() {
        assertThat(EmailDetector.containsEmailAddress(null)).isFalse();
        assertThat(PhoneNumberDetector.containsPhoneNumber(null)).isFalse();
        assertThat(IbanDetector.containsValidIban(null)).isFalse();
        assertThat(PaymentCardDetector.containsCardNumber(null)).isFalse();
        assertThat(EmailDetector.containsEmailAddress("")).isFalse();
        assertThat(PhoneNumberDetector.containsPhoneNumber("")).isFalse();
        assertThat(IbanDetector.containsValidIban("")).isFalse();
        assertThat(PaymentCardDetector.containsCardNumber("")).isFalse();
    }

    @Test
    void largeInputsAreScannedQuickly() {
        // Long runs that a careless regex would backtrack on quadratically.
        String letters = "a".repeat(200_000) + "@" + "b".repeat(200_000);
        String digits = "1".repeat(200_000);
        String groups = "1234 ".repeat(50_000);
        String upper = "AB12" + "C".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (String text : new String[] {letters, digits, groups, upper}) {
                EmailDetector.containsEmailAddress(text);
                PhoneNumberDetector.containsPhoneNumber(text);
                IbanDetector.containsValidIban(text);
                PaymentCardDetector.containsCardNumber(text);
            }
        });
    }
}
