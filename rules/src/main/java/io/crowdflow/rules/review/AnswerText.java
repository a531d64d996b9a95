package io.crowdflow.rules.review;

import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers the review rules call (plain Java, so the DRL stays MVEL without functions). */
public final class AnswerText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EMPTY_JSON = Pattern.compile("\\s*(null|\"\\s*\"|\\{\\s*}|\\[\\s*])?\\s*");

    private AnswerText() {
    }

    /** Whether the JSON text is missing, blank, {@code null}, a blank string, {@code {}} or {@code []}. */
    public static boolean isEmptyJson(String json) {
        return json == null || EMPTY_JSON.matcher(json).matches();
    }

    /** Lower case, whitespace collapsed to single spaces and trimmed; "" for null. */
    public static String fingerprint(String text) {
        if (text == null) {
            return "";
        }
        return WHITESPACE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Whether two labels are the same, ignoring case and surrounding or repeated whitespace. */
    public static boolean sameLabel(String a, String b) {
        return a != null && b != null && fingerprint(a).equals(fingerprint(b));
    }
}
