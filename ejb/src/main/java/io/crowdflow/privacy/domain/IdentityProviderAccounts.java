package io.crowdflow.privacy.domain;

/** The person's account at the identity provider. */
public interface IdentityProviderAccounts {

    /** Removes the account, so the person can no longer sign in; true if it existed. */
    boolean remove(String personId);
}
