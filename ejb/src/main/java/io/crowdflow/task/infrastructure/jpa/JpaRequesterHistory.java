package io.crowdflow.task.infrastructure.jpa;

import io.crowdflow.task.domain.RequesterActivity;
import io.crowdflow.task.domain.RequesterHistory;
import io.crowdflow.task.domain.TaskEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/** Reads {@code cf_task}, {@code cf_task_event} and {@code cf_submission} for one requester's tasks. */
@ApplicationScoped
public class JpaRequesterHistory implements RequesterHistory {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public List<Instant> postedAt(String requesterId, Instant from, Instant to, int limit) {
        return em.createQuery("select t.createdAt from Task t where t.requesterId = :requester "
                        + "and t.createdAt >= :from and t.createdAt < :to", Instant.class)
                .setParameter("requester", requesterId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Instant> settledAt(String requesterId, Instant from, Instant to, int limit) {
        return ((List<Object>) em.createNativeQuery("select min(e.occurred_at) from cf_task_event e "
                        + "join cf_task t on t.id = e.task_id where t.requester_id = ?1 and e.event_type in (?2, ?3, ?4) "
                        + "group by e.task_id having min(e.occurred_at) >= ?5 and min(e.occurred_at) < ?6")
                .setParameter(1, requesterId).setParameter(2, TaskEventType.WORKER_PAID.name())
                .setParameter(3, TaskEventType.REQUESTER_REFUNDED.name()).setParameter(4, TaskEventType.FEE_CHARGED.name())
                .setParameter(5, from).setParameter(6, to).setMaxResults(limit).getResultList())
                .stream().map(JpaRequesterHistory::instant).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<RequesterActivity.Decision> decisions(String requesterId, Instant from, Instant to, int limit) {
        return ((List<Object[]>) em.createNativeQuery("select s.decided_at, s.decision from cf_submission s "
                        + "join cf_task t on t.id = s.task_id where t.requester_id = ?1 and s.decision is not null "
                        + "and s.decided_at >= ?2 and s.decided_at < ?3")
                .setParameter(1, requesterId).setParameter(2, from).setParameter(3, to).setMaxResults(limit)
                .getResultList())
                .stream().map(row -> new RequesterActivity.Decision(instant(row[0]), "ACCEPT".equals(row[1]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        return value instanceof Instant i ? i : null;
    }
}
