package io.crowdflow.rules.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ISO-8601 period as compliance officers write it: years, months, weeks and days ({@code P7Y},
 * {@code P6M}, {@code P30D}), a time part ({@code PT12H}, {@code PT5S}) or both ({@code P1DT12H}).
 * Calendar parts are added in UTC. Never negative; at most 100 years.
 */
public final class RetentionPeriod {

    private static final Pattern FORM = Pattern.compile(
            "P(?!$)(\\d{1,4}Y)?(\\d{1,4}M)?(\\d{1,4}W)?(\\d{1,5}D)?(T(?=\\d)(\\d{1,6}H)?(\\d{1,7}M)?(\\d{1,9}S)?)?");
    private static final Instant LIMIT_BASE = Instant.parse("2000-01-01T00:00:00Z");

    private final String text;
    private final Period datePart;
    private final Duration timePart;

    private RetentionPeriod(String text, Period datePart, Duration timePart) {
        this.text = text;
        this.datePart = datePart;
        this.timePart = timePart;
    }

    /**
     * Parses a period.
     *
     * @throws IllegalArgumentException with a message for compliance officers
     */
    public static RetentionPeriod parse(String value) {
        String text = Objects.requireNonNull(value, "value").trim().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + value.trim() + "' is not an ISO-8601 period; write for example"
                    + " P7Y (7 years), P6M (6 months), P30D (30 days) or PT12H (12 hours)");
        }
        int t = text.indexOf('T');
        String date = t < 0 ? text : text.substring(0, t);
        String time = t < 0 ? "" : text.substring(t);
        try {
            Period datePart = date.equals("P") ? Period.ZERO : Period.parse(date);
            Duration timePart = time.isEmpty() ? Duration.ZERO : Duration.parse("P" + time);
            RetentionPeriod period = new RetentionPeriod(text, datePart, timePart);
            if (period.addTo(LIMIT_BASE).isAfter(LIMIT_BASE.atZone(ZoneOffset.UTC).plusYears(100).toInstant())) {
                throw new IllegalArgumentException("'" + value.trim() + "' is longer than 100 years");
            }
            return period;
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + value.trim() + "' is not an ISO-8601 period", e);
        }
    }

    /** The instant this period after {@code start}. */
    public Instant addTo(Instant start) {
        return start.atZone(ZoneOffset.UTC).plus(datePart).toInstant().plus(timePart);
    }

    /** The canonical text (upper case), e.g. {@code P30D}. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetentionPeriod other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
