package io.crowdflow.rules.governance.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds payment card numbers in free text: 13 to 19 digits, optionally separated by single spaces or
 * dashes, that pass the {@link Luhn} check.
 */
public final class PaymentCardDetector {

    /*
     * A whole run of digits: it may not start right after a letter, digit or '+', nor after "digit +
     * separator", and may not be followed by another (separated) digit, so a longer number or the digits
     * inside an IBAN are never cut into a card-sized window. Card numbers never start with 0 (ISO/IEC 7812),
     * which also keeps "+49 ..." and "0049 ..." phone numbers from being read as cards.
     */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9+])(?<![0-9][ -])[1-9](?:[ -]?[0-9]){12,18}+(?![ -]?[0-9])(?![A-Za-z])");

    private PaymentCardDetector() {
    }

    /** Whether {@code text} contains a Luhn-valid 13 to 19 digit number. */
    public static boolean containsCardNumber(String text) {
        if (text == null) {
            return false;
        }
        // a Chinese resident id is 18 digits too, and one in ten passes Luhn by chance: it is not a card
        Matcher m = CANDIDATE.matcher(NationalIdDetector.withoutChineseResidentIds(text));
        while (m.find()) {
            String digits = m.group().replace(" ", "").replace("-", "");
            if (!allZeros(digits) && Luhn.isValid(digits)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allZeros(String digits) {
        return digits.chars().allMatch(c -> c == '0');
    }
}
