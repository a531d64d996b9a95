package io.crowdflow.payment.interfaces.rest;

import java.time.Instant;
import java.util.List;

/** A person's balances and the latest movements on their accounts. */
public record AccountView(List<Balance> balances, List<Entry> entries) {

    /** {@code ledgerId} is the account's pseudonymous id in the public ledger (absent where not shown). */
    public record Balance(String account, String kind, String amount, String currency, String ledgerId) {
    }

    /**
     * One posting; {@code direction} is "in" or "out" as seen from the person's own account; {@code ledgerSeq}
     * is the public ledger entry that records it (GET /api/ledger/entries/{ledgerSeq}/proof).
     */
    public record Entry(long seq, Instant at, String from, String to, String amount, String currency,
                        String direction, String taskId, String reason, Long ledgerSeq) {
    }
}
