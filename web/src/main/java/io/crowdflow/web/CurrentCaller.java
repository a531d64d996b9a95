package io.crowdflow.web;

import io.crowdflow.shared.domain.JsonReading;
import io.crowdflow.identity.domain.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller of this request, from the bearer token WildFly has already verified (signature, issuer,
 * expiry, audience): the principal is the token's {@code sub}; roles are the realm roles.
 */
@RequestScoped
public class CurrentCaller {

    static final List<String> ROLES = List.of(Caller.REQUESTER, Caller.WORKER, Caller.REVIEWER,
            Caller.COMPLIANCE_OFFICER, Caller.PROCESS_DESIGNER, Caller.ADMIN);

    @Inject
    HttpServletRequest request;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            if (request.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Bearer realm=\"crowdflow\"");
            }
            Set<String> roles = ROLES.stream().filter(request::isUserInRole).collect(Collectors.toSet());
            caller = new Caller(request.getUserPrincipal().getName(), preferredUsername(), roles);
        }
        return caller;
    }

    /** The {@code preferred_username} claim of the (already verified) token, for display only. */
    private String preferredUsername() {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = header.substring(7).trim().split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            JsonObject claims = JsonReading.reader(payload).readObject();
            return claims.getString("preferred_username", null);
        } catch (IllegalArgumentException | JsonParsingException | ClassCastException e) {
            return null;
        }
    }
}
