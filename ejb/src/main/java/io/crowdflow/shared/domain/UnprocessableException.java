package io.crowdflow.shared.domain;

/** The request is well-formed but cannot be carried out as it stands (HTTP 422). */
public abstract class UnprocessableException extends CrowdflowException {

    protected UnprocessableException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "The request cannot be carried out";
    }
}
