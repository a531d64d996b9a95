package io.crowdflow.task.domain;

import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import io.crowdflow.shared.domain.Money;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A task as a requester describes it, checked for form. Each field is validated here once; every
 * broken rule is reported together, with the JSON field it concerns.
 */
public record TaskDraft(String title, String instructions, String type, Money reward, int redundancy,
                        Duration deadline, List<String> skills, String inputJson, ReviewPlan review,
                        String region) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_INSTRUCTIONS = 4000;
    public static final int MAX_REDUNDANCY = 10;
    public static final int MAX_SKILLS = 30;
    public static final int MAX_INPUT_CHARS = 65_536;
    public static final Duration MIN_DEADLINE = Duration.ofSeconds(1);
    public static final Duration MAX_DEADLINE = Duration.ofDays(30);
    public static final BigDecimal MAX_REWARD = new BigDecimal("100000");

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern SKILL = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}(\\.\\d{1,4})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** A region code as the retention table's Region column takes it: EU, US-CA, CN, ... */
    private static final Pattern REGION = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    /** The raw values as they came in; null means absent. */
    public record Raw(String title, String instructions, String type, String amount, String currency,
                      Integer redundancy, String deadline, List<String> skills, String inputJson,
                      String aggregation, BigDecimal targetConfidence, Integer maxAssignments, String goldAnswer,
                      String region, BigDecimal goldRate) {

        /** Without a gold rate: the platform's setting. */
        public Raw(String title, String instructions, String type, String amount, String currency,
                   Integer redundancy, String deadline, List<String> skills, String inputJson,
                   String aggregation, BigDecimal targetConfidence, Integer maxAssignments, String goldAnswer,
                   String region) {
            this(title, instructions, type, amount, currency, redundancy, deadline, skills, inputJson,
                    aggregation, targetConfidence, maxAssignments, goldAnswer, region, null);
        }

        /** Without a region: retention rows for any region apply. */
        public Raw(String title, String instructions, String type, String amount, String currency,
                   Integer redundancy, String deadline, List<String> skills, String inputJson,
                   String aggregation, BigDecimal targetConfidence, Integer maxAssignments, String goldAnswer) {
            this(title, instructions, type, amount, currency, redundancy, deadline, skills, inputJson,
                    aggregation, targetConfidence, maxAssignments, goldAnswer, null);
        }

        /** Without review preferences: the platform's defaults. */
        public Raw(String title, String instructions, String type, String amount, String currency,
                   Integer redundancy, String deadline, List<String> skills, String inputJson) {
            this(title, instructions, type, amount, currency, redundancy, deadline, skills, inputJson,
                    null, null, null, null, null);
        }
    }

    public static TaskDraft from(Raw raw) {
        List<Violation> violations = new ArrayList<>();
        String title = text(raw.title(), "title", MAX_TITLE, true, violations);
        String instructions = text(raw.instructions(), "instructions", MAX_INSTRUCTIONS, false, violations);
        String type = raw.type() == null ? null : raw.type().trim().toLowerCase(Locale.ROOT);
        if (type == null || !TYPE.matcher(type).matches()) {
            violations.add(new Violation("type", "is required: 1-40 lower-case letters, digits or '-', "
                    + "starting with a letter (e.g. \"labeling\")"));
        }
        Money reward = reward(raw.amount(), raw.currency(), violations);
        int redundancy = raw.redundancy() == null ? 1 : raw.redundancy();
        if (redundancy < 1 || redundancy > MAX_REDUNDANCY) {
            violations.add(new Violation("redundancy", "must be between 1 and " + MAX_REDUNDANCY));
        }
        Duration deadline = deadline(raw.deadline(), violations);
        List<String> skills = skills(raw.skills(), violations);
        ReviewPlan review = ReviewPlan.from(raw.aggregation(), raw.targetConfidence(), raw.maxAssignments(),
                raw.goldAnswer(), raw.goldRate(), redundancy, MAX_REDUNDANCY, violations);
        String region = region(raw.region(), violations);
        if (raw.inputJson() != null && raw.inputJson().length() > MAX_INPUT_CHARS) {
            violations.add(new Violation("input", "at most " + MAX_INPUT_CHARS + " characters of JSON"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new TaskDraft(title, instructions, type, reward, redundancy, deadline, skills, raw.inputJson(), review,
                region);
    }

    /** Optional; upper-cased, so "eu" is EU. */
    private static String region(String value, List<Violation> out) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String region = value.strip().toUpperCase(Locale.ROOT);
        if (!REGION.matcher(region).matches()) {
            out.add(new Violation("region", "a region code is 1-20 letters, digits or '-', starting with a letter"
                    + " (e.g. \"EU\", \"US-CA\")"));
            return null;
        }
        return region;
    }

    /** What the requester pays into escrow before the platform's fee. */
    public Money totalReward() {
        return reward.times(escrowedSlots());
    }

    /** Slots paid into escrow: every assignment dynamic overlap may make; the unused ones are refunded. */
    public int escrowedSlots() {
        return review.maxAssignments();
    }

    private static String text(String value, String field, int max, boolean required, List<Violation> out) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(new Violation(field, "is required"));
            }
            return value == null ? null : value.strip();
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            out.add(new Violation(field, "at most " + max + " characters"));
        }
        if (CONTROL.matcher(stripped).find()) {
            out.add(new Violation(field, "must not contain control characters"));
        }
        return stripped;
    }

    private static Money reward(String amount, String currency, List<Violation> out) {
        boolean ok = true;
        if (amount == null || !AMOUNT.matcher(amount).matches()) {
            out.add(new Violation("reward.amount",
                    "is required: a positive decimal string with at most 4 decimals, e.g. \"0.50\""));
            ok = false;
        } else if (new BigDecimal(amount).signum() <= 0) {
            out.add(new Violation("reward.amount", "must be greater than zero"));
            ok = false;
        } else if (new BigDecimal(amount).compareTo(MAX_REWARD) > 0) {
            out.add(new Violation("reward.amount", "at most " + MAX_REWARD.toPlainString() + " per assignment"));
            ok = false;
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            out.add(new Violation("reward.currency", "is required: an ISO-4217 code such as \"USD\""));
            ok = false;
        }
        return ok ? Money.of(amount, currency) : null;
    }

    private static Duration deadline(String value, List<Violation> out) {
        if (value == null) {
            out.add(new Violation("deadline", "is required: an ISO-8601 duration such as \"PT1H\""));
            return null;
        }
        try {
            Duration deadline = Duration.parse(value);
            if (deadline.compareTo(MIN_DEADLINE) < 0 || deadline.compareTo(MAX_DEADLINE) > 0) {
                out.add(new Violation("deadline", "must be between PT1S and P30D"));
            }
            return deadline;
        } catch (DateTimeParseException e) {
            out.add(new Violation("deadline", "is not an ISO-8601 duration (e.g. \"PT1H\", \"P2D\"): " + value));
            return null;
        }
    }

    private static List<String> skills(List<String> values, List<Violation> out) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_SKILLS) {
            out.add(new Violation("skills", "at most " + MAX_SKILLS + " skills"));
        }
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String skill = values.get(i) == null ? "" : values.get(i).trim().toLowerCase(Locale.ROOT);
            if (!SKILL.matcher(skill).matches()) {
                out.add(new Violation("skills[" + i + "]", "a skill is 1-40 lower-case letters, digits or '-'"));
            } else if (!skills.contains(skill)) {
                skills.add(skill);
            }
        }
        return List.copyOf(skills);
    }
}
