package io.crowdflow.shared.domain;

/** The caller is known but this action is not theirs to take. */
public abstract class NotPermittedException extends CrowdflowException {

    protected NotPermittedException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Not permitted";
    }
}
