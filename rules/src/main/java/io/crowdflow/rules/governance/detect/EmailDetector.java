package io.crowdflow.rules.governance.detect;

import java.util.regex.Pattern;

/**
 * Finds e-mail addresses in free text.
 */
public final class EmailDetector {

    /*
     * local@domain.tld. The look-behind makes a match start only at the beginning of a run of local-part
     * characters and the bounded quantifiers keep the scan linear on long inputs (e.g. base64 in JSON).
     */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}(?![A-Za-z0-9-])");

    private EmailDetector() {
    }

    /** Whether {@code text} contains something shaped like an e-mail address. */
    public static boolean containsEmailAddress(String text) {
        return text != null && text.indexOf('@') >= 0 && EMAIL.matcher(text).find();
    }
}
