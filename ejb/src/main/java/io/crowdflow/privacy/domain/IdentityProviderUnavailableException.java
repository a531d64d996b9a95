package io.crowdflow.privacy.domain;

import io.crowdflow.shared.domain.UnavailableException;

/** Keycloak did not answer or refused the platform's service account; the request changed nothing. */
public class IdentityProviderUnavailableException extends UnavailableException {

    public IdentityProviderUnavailableException(String what, Throwable cause) {
        super("the identity provider could not " + what + "; nothing was changed, try again later");
        initCause(cause);
    }

    @Override
    public String problemSlug() {
        return "identity-provider-unavailable";
    }
}
