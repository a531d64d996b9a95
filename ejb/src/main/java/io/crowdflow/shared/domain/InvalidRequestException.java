package io.crowdflow.shared.domain;

import java.util.List;

/** Input that breaks the platform's rules of form; lists every violation found, field by field. */
public class InvalidRequestException extends CrowdflowException {

    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String problemSlug() {
        return "invalid-request";
    }

    @Override
    public String title() {
        return "The request is not valid";
    }

    private static String summary(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        for (Violation v : violations) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(v.field()).append(": ").append(v.message());
        }
        return text.toString();
    }

    /** One broken rule of form: the JSON field (dotted path) and what is wrong with it. */
    public record Violation(String field, String message) {
    }
}
