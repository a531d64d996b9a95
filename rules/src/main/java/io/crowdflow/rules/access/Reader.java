package io.crowdflow.rules.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who wants to read: the person's id (the token's {@code sub}) and their realm roles. One per evaluation.
 */
public record Reader(String subjectId, Set<String> roles) {

    public Reader {
        Objects.requireNonNull(subjectId, "subjectId");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
