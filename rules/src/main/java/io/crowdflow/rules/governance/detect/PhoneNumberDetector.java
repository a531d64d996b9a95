package io.crowdflow.rules.governance.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers in free text. A candidate is a whole run of digit groups joined by single
 * separators (space, {@code -}, {@code .}, {@code /}) or parenthesised groups, optionally led by {@code +}.
 * It counts as a phone number when it has 8 to 15 digits (E.164 allows at most 15) and
 * <ul>
 *   <li>is international: starts with {@code +} or {@code 00} (e.g. {@code +49 30 1234567}), or</li>
 *   <li>is national with a trunk prefix and separators: starts with {@code 0} or {@code (}
 *       (e.g. {@code 030 1234567}, {@code (030) 123-4567}), or</li>
 *   <li>is North-American style {@code 415-555-0132} / {@code (415) 555-0132}.</li>
 * </ul>
 * To keep false positives down, dates ({@code 2024-01-15}, {@code 01.02.2024}), decimals
 * ({@code 3.14159265}), plain digit runs without separators (ids) and the digits inside an IBAN-shaped
 * string are not phone numbers.
 */
public final class PhoneNumberDetector {

    private static final String GROUP = "(?:\\([0-9]{1,5}\\)|[0-9]+)";

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9+])\\+?" + GROUP + "(?:[ ./-]?" + GROUP + ")*+");

    private static final Pattern NORTH_AMERICAN = Pattern.compile(
            "\\(?[2-9][0-9]{2}\\)?[ .-]?[0-9]{3}[ .-][0-9]{4}");

    private static final Pattern DATE = Pattern.compile(
            "[0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2}|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{4}");

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+\\.[0-9]+");

    private PhoneNumberDetector() {
    }

    /** Whether {@code text} contains something that looks like a phone number. */
    public static boolean containsPhoneNumber(String text) {
        if (text == null) {
            return false;
        }
        // Blank out IBAN-shaped strings first so their digit groups are not read as a phone number.
        String scanned = IbanDetector.IBAN_SHAPE.matcher(text).replaceAll(" ");
        Matcher m = CANDIDATE.matcher(scanned);
        while (m.find()) {
            if (isPhoneNumber(m.group())) {
                return true;
            }
        }
        return false;
    }

    static boolean isPhoneNumber(String candidate) {
        long digits = candidate.chars().filter(c -> c >= '0' && c <= '9').count();
        if (digits < 8 || digits > 15) {
            return false;
        }
        if (DATE.matcher(candidate).matches() || DECIMAL.matcher(candidate).matches()) {
            return false;
        }
        if (candidate.startsWith("+") || candidate.startsWith("00")) {
            return true;
        }
        boolean separated = candidate.chars().anyMatch(c -> c == ' ' || c == '-' || c == '.' || c == '/' || c == '(');
        if (!separated) {
            return false;
        }
        return candidate.startsWith("0") || candidate.startsWith("(") || NORTH_AMERICAN.matcher(candidate).matches();
    }
}
