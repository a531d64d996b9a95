package io.crowdflow.rules.governance.detect;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds national identity numbers in free text:
 * <ul>
 *   <li>the resident identity card number of the People's Republic of China (GB 11643-1999): 6 digits of
 *       region, the birth date {@code yyyyMMdd} (a real date, 1900 to today), 3 digits of sequence and a check
 *       character ({@code 0-9} or {@code X}) by ISO 7064 MOD 11-2; all of it must hold;</li>
 *   <li>the United States social security number, written with its hyphens ({@code 123-45-6789}), without the
 *       never-issued areas 000, 666 and 900-999, group 00 or serial 0000 (a bare run of nine digits is too
 *       often something else to count).</li>
 * </ul>
 */
public final class NationalIdDetector {

    private static final Pattern CHINA_SHAPE = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9][0-9]{5}(?:19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9Xx](?![0-9A-Za-z])");

    private static final Pattern US_SSN = Pattern.compile(
            "(?<![0-9-])(?!000|666|9[0-9]{2})[0-9]{3}-(?!00)[0-9]{2}-(?!0000)[0-9]{4}(?![0-9-])");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private NationalIdDetector() {
    }

    /** Whether {@code text} contains a national identity number of a kind listed above. */
    public static boolean containsNationalId(String text) {
        if (text == null) {
            return false;
        }
        Matcher china = CHINA_SHAPE.matcher(text);
        while (china.find()) {
            if (isChineseResidentId(china.group())) {
                return true;
            }
        }
        return US_SSN.matcher(text).find();
    }

    /** Blanks out every valid Chinese resident id, so other detectors do not read its digits as something else. */
    static String withoutChineseResidentIds(String text) {
        Matcher china = CHINA_SHAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (china.find()) {
            china.appendReplacement(out, isChineseResidentId(china.group()) ? " " : china.group());
        }
        china.appendTail(out);
        return out.toString();
    }

    static boolean isChineseResidentId(String candidate) {
        if (candidate.length() != 18) {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
                    Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
            if (born.isAfter(LocalDate.now())) {
                return false;
            }
        } catch (DateTimeException notADate) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(candidate.charAt(17)) == CHECK_CHARACTERS.charAt(sum % 11);
    }
}
