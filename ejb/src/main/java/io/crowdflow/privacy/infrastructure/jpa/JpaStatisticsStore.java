package io.crowdflow.privacy.infrastructure.jpa;

import io.crowdflow.privacy.domain.dp.PrivacyBudget;
import io.crowdflow.privacy.domain.dp.StatisticsFacts;
import io.crowdflow.privacy.domain.dp.StatisticsStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Budgets and releases in cf_privacy_budget / cf_stats_release; facts by plain SQL over the working tables. */
@ApplicationScoped
public class JpaStatisticsStore implements StatisticsStore {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public PrivacyBudget lockBudget(Instant periodStart, double limit) {
        List<?> rows = selectBudget(periodStart, true);
        if (rows.isEmpty()) {
            em.createNativeQuery("insert into cf_privacy_budget (period_start, epsilon_limit, epsilon_spent) "
                    + "values (?, ?, 0)").setParameter(1, at(periodStart)).setParameter(2, limit)
                    .executeUpdate();
            rows = selectBudget(periodStart, true);
        }
        Object[] row = (Object[]) rows.get(0);
        return new PrivacyBudget(periodStart, ((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue());
    }

    @Override
    public void saveBudget(PrivacyBudget budget) {
        em.createNativeQuery("update cf_privacy_budget set epsilon_spent = ? where period_start = ?")
                .setParameter(1, budget.spent()).setParameter(2, at(budget.periodStart())).executeUpdate();
    }

    @Override
    public Optional<PrivacyBudget> budget(Instant periodStart) {
        List<?> rows = selectBudget(periodStart, false);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new PrivacyBudget(periodStart, ((Number) row[0]).doubleValue(),
                ((Number) row[1]).doubleValue()));
    }

    private List<?> selectBudget(Instant periodStart, boolean lock) {
        return em.createNativeQuery("select epsilon_limit, epsilon_spent from cf_privacy_budget where period_start = ?"
                + (lock ? " for update" : "")).setParameter(1, at(periodStart)).getResultList();
    }

    @Override
    public Optional<String> release(String query, Instant windowStart) {
        List<?> rows = em.createNativeQuery("select result_json from cf_stats_release where query_name = ? "
                        + "and window_start = ?").setParameter(1, query).setParameter(2, at(windowStart))
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(text(rows.get(0)));
    }

    @Override
    public void addRelease(String query, Instant windowStart, double epsilon, Instant at, String resultJson) {
        em.createNativeQuery("insert into cf_stats_release (query_name, window_start, epsilon, released_at, result_json) "
                        + "values (?, ?, ?, ?, ?)").setParameter(1, query).setParameter(2, at(windowStart))
                .setParameter(3, epsilon).setParameter(4, at(at)).setParameter(5, resultJson)
                .executeUpdate();
    }

    @Override
    public StatisticsFacts facts(String currency) {
        List<StatisticsFacts.PostedTask> tasks = new ArrayList<>();
        for (Object o : em.createNativeQuery("select requester_id, task_type, created_at from cf_task "
                + "where status <> 'REJECTED'").getResultList()) {
            Object[] r = (Object[]) o;
            tasks.add(new StatisticsFacts.PostedTask((String) r[0], (String) r[1], millis(r[2])));
        }
        List<StatisticsFacts.Decision> decisions = new ArrayList<>();
        for (Object o : em.createNativeQuery("select s.worker_id, t.task_type, s.decision, s.decided_at "
                + "from cf_submission s join cf_task t on t.id = s.task_id where s.decision is not null")
                .getResultList()) {
            Object[] r = (Object[]) o;
            decisions.add(new StatisticsFacts.Decision((String) r[0], (String) r[1], "ACCEPT".equals(r[2]),
                    millis(r[3])));
        }
        List<StatisticsFacts.Earning> earnings = new ArrayList<>();
        for (Object o : em.createNativeQuery("select id from cf_person where is_worker = true").getResultList()) {
            earnings.add(new StatisticsFacts.Earning((String) o, BigDecimal.ZERO));
        }
        for (Object o : em.createNativeQuery("select a.owner_id, sum(p.amount) from cf_posting p "
                        + "join cf_account a on a.id = p.to_account where a.kind = 'WORKER' and p.currency = ? "
                        + "group by a.owner_id").setParameter(1, currency).getResultList()) {
            Object[] r = (Object[]) o;
            earnings.add(new StatisticsFacts.Earning((String) r[0], new BigDecimal(r[1].toString())));
        }
        return new StatisticsFacts(tasks, decisions, earnings);
    }

    /** A timestamp parameter that both H2 and PostgreSQL compare exactly with timestamp with time zone. */
    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** text is a CLOB on H2 and a string on PostgreSQL. */
    private static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("could not read a stored release", e);
            }
        }
        return value.toString();
    }

    private static long millis(Object value) {
        if (value instanceof Timestamp t) {
            return t.getTime();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant().toEpochMilli();
        }
        if (value instanceof Instant i) {
            return i.toEpochMilli();
        }
        return 0L;
    }
}
