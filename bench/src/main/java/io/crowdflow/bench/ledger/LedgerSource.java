package io.crowdflow.bench.ledger;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Where the verifier reads the ledger: the platform's API or a saved export, in the API's JSON shapes. */
interface LedgerSource {

    /** {@code GET /api/ledger/public-key} */
    JsonObject publicKey();

    /** {@code GET /api/ledger/checkpoints?count=100}: newest first. */
    JsonArray checkpoints();

    /** {@code GET /api/ledger/entries?from=&count=}: the {@code entries} array. */
    JsonArray entries(long from, int count);

    /** {@code GET /api/ledger/consistency?from=&to=} */
    JsonObject consistency(long from, long to);
}
