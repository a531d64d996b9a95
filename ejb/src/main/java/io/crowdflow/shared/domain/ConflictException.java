package io.crowdflow.shared.domain;

/** The request is well-formed but conflicts with the current state of the thing it acts on. */
public abstract class ConflictException extends CrowdflowException {

    protected ConflictException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Conflict with the current state";
    }
}
