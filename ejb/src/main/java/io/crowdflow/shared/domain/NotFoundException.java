package io.crowdflow.shared.domain;

/** Something asked for by id does not exist, or is not visible to the caller (never told apart). */
public abstract class NotFoundException extends CrowdflowException {

    protected NotFoundException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Not found";
    }
}
