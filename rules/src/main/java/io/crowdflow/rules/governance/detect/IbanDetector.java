package io.crowdflow.rules.governance.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds IBANs in free text: written compact ({@code DE89370400440532013000}) or in groups of four
 * ({@code DE89 3704 0044 0532 0130 00}). Only IBANs whose mod-97 checksum holds count.
 */
public final class IbanDetector {

    /**
     * Something shaped like an IBAN: country code, check digits, then alphanumerics, optionally grouped
     * by single spaces. May run past the IBAN's end into following words; {@link #containsValidIban} trims.
     */
    static final Pattern IBAN_SHAPE = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}+");

    private IbanDetector() {
    }

    /** Whether {@code text} contains an IBAN that passes the mod-97 check. */
    public static boolean containsValidIban(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = IBAN_SHAPE.matcher(text);
        while (m.find()) {
            // The shape may have swallowed a following upper-case word ("... 0130 00 FOR"): try the whole
            // match, then drop trailing space-separated groups one by one.
            String candidate = m.group();
            while (true) {
                if (Iban.isValid(candidate)) {
                    return true;
                }
                int lastSpace = candidate.lastIndexOf(' ');
                if (lastSpace < 0) {
                    break;
                }
                candidate = candidate.substring(0, lastSpace);
            }
        }
        return false;
    }
}
