package io.crowdflow.payment.domain;

import io.crowdflow.payment.domain.ledger.Checkpoint;

import java.security.PublicKey;

/** The platform's ledger secrets: the checkpoint signing key and the key of the account pseudonyms. */
public interface LedgerKeys {

    PublicKey publicKey();

    Checkpoint.Signed sign(Checkpoint checkpoint);

    /** The account's id in the public ledger: no one without the platform's secret can link it to a person. */
    String pseudonymOf(String accountId);
}
