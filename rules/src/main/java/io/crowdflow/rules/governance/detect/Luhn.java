package io.crowdflow.rules.governance.detect;

/**
 * The Luhn (mod 10) check used by payment card numbers.
 */
public final class Luhn {

    private Luhn() {
    }

    /**
     * Whether {@code number} passes the Luhn check. Spaces and dashes are ignored; any other non-digit, or
     * fewer than two digits, makes it fail.
     */
    public static boolean isValid(CharSequence number) {
        if (number == null) {
            return false;
        }
        int sum = 0;
        int digits = 0;
        for (int i = number.length() - 1; i >= 0; i--) {
            char c = number.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (digits % 2 == 1) { // every second digit from the right is doubled
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            digits++;
        }
        return digits >= 2 && sum % 10 == 0;
    }
}
