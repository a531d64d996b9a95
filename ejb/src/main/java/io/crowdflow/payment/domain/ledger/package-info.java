/**
 * The verifiable ledger as plain Java (no EE dependency), shared by the server, the command-line
 * verifier in {@code bench/} and the tests: the canonical entry encoding ({@link LedgerEntry}), the
 * RFC 6962 Merkle tree ({@link MerkleTree}), proof verification per RFC 9162 ({@link MerkleProofs}),
 * signed checkpoints ({@link Checkpoint}) and the audit that names the first bad entry
 * ({@link LedgerAudit}). docs/ledger.md specifies every byte.
 */
package io.crowdflow.payment.domain.ledger;
