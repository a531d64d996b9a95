package io.crowdflow.identity.domain;

import io.crowdflow.shared.domain.NotPermittedException;

/** The token belongs to a person who was erased: the platform keeps nothing of theirs to act on. */
public class PersonErasedException extends NotPermittedException {

    public PersonErasedException() {
        super("this account was erased at its owner's request; it can no longer use the platform");
    }

    @Override
    public String problemSlug() {
        return "person-erased";
    }
}
