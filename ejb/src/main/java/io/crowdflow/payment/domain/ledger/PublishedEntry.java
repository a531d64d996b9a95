package io.crowdflow.payment.domain.ledger;

/** An entry as the platform publishes it: its fields and the leaf hash it stored when it was appended. */
public record PublishedEntry(LedgerEntry entry, byte[] leafHash) {

    public PublishedEntry {
        leafHash = leafHash.clone();
    }

    @Override
    public byte[] leafHash() {
        return leafHash.clone();
    }
}
