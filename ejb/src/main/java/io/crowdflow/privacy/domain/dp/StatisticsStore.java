package io.crowdflow.privacy.domain.dp;

import java.time.Instant;
import java.util.Optional;

/** Where budgets and releases are kept, shared by every node. */
public interface StatisticsStore {

    /** The period's budget, created with {@code limit} if new, locked until the transaction ends. */
    PrivacyBudget lockBudget(Instant periodStart, double limit);

    void saveBudget(PrivacyBudget budget);

    /** The budget as it stands, without locking (for showing it). */
    Optional<PrivacyBudget> budget(Instant periodStart);

    /** The stored result of a query's release for the window, if made. */
    Optional<String> release(String query, Instant windowStart);

    void addRelease(String query, Instant windowStart, double epsilon, Instant at, String resultJson);

    /** The rows the statistics are computed from, before the consent filter. */
    StatisticsFacts facts(String currency);
}
