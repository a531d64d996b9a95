package io.crowdflow.identity.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as the verified bearer token says: the subject (Keycloak's {@code sub}), the user
 * name and the realm roles. Built by the REST layer; the domain never sees a token.
 */
public record Caller(String subject, String username, Set<String> roles) {

    public static final String REQUESTER = "requester";
    public static final String WORKER = "worker";
    public static final String REVIEWER = "reviewer";
    public static final String COMPLIANCE_OFFICER = "compliance-officer";
    public static final String PROCESS_DESIGNER = "process-designer";
    public static final String ADMIN = "admin";

    public Caller {
        Objects.requireNonNull(subject, "subject");
        username = username == null || username.isBlank() ? subject : username;
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
