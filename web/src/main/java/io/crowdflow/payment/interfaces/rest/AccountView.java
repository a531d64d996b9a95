package io.crowdflow.payment.interfaces.rest;

import java.time.Instant;
import java.util.List;

/** A person's balances and the latest movements on their accounts. */
public record AccountView(List<Balance> balances, List<Entry> entries) {

    public record Balance(String account, String kind, String amount, String currency) {
    }

    /** One posting; {@code direction} is "in" or "out" as seen from the person's own account. */
    public record Entry(long seq, Instant at, String from, String to, String amount, String currency,
                        String direction, String taskId, String reason) {
    }
}
