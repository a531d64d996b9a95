package io.crowdflow.shared.domain;

/** A service the platform depends on (such as the identity provider) did not answer; nothing was changed. */
public abstract class UnavailableException extends CrowdflowException {

    protected UnavailableException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "A service the platform depends on is unavailable";
    }
}
