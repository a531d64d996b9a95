package io.crowdflow.rules.governance.detect;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * IBAN structure and the ISO 13616 / ISO 7064 mod-97 checksum.
 */
public final class Iban {

    /** Country code, two check digits, 11 to 30 alphanumerics (15 to 34 characters in all). */
    private static final Pattern COMPACT = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");

    private Iban() {
    }

    /**
     * Whether {@code iban} is a structurally valid IBAN whose mod-97 checksum is 1. Spaces are ignored and
     * letters may be lower case.
     */
    public static boolean isValid(String iban) {
        if (iban == null) {
            return false;
        }
        String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT);
        return COMPACT.matcher(compact).matches() && mod97(compact) == 1;
    }

    /**
     * The IBAN remainder: the first four characters moved to the end, letters replaced by 10..35, the
     * resulting number taken mod 97. Expects a compact, upper-case, alphanumeric string.
     */
    static int mod97(String compact) {
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36); // '0'..'9' -> 0..9, 'A'..'Z' -> 10..35
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder;
    }
}
