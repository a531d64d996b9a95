package io.crowdflow.rules;

import java.util.List;

/**
 * A rule base could not be built: a resource is missing or the DRL does not compile. Carries the Drools
 * build messages so the deployment fails with the actual cause.
 */
public class RuleBaseBuildException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> buildMessages;

    public RuleBaseBuildException(String message, List<String> buildMessages) {
        super(buildMessages.isEmpty() ? message : message + ":\n  " + String.join("\n  ", buildMessages));
        this.buildMessages = List.copyOf(buildMessages);
    }

    public RuleBaseBuildException(String message, Throwable cause) {
        super(message, cause);
        this.buildMessages = List.of();
    }

    /** The Drools error messages, one per problem; empty when the failure was not a compile error. */
    public List<String> getBuildMessages() {
        return buildMessages;
    }
}
