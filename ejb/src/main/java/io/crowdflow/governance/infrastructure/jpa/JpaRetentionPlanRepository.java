package io.crowdflow.governance.infrastructure.jpa;

import io.crowdflow.governance.domain.RetentionCalendar;
import io.crowdflow.governance.domain.RetentionPlan;
import io.crowdflow.governance.domain.RetentionPlanRepository;
import io.crowdflow.rules.retention.LifecycleState;
import io.crowdflow.rules.retention.RetentionAction;
import io.crowdflow.task.domain.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRetentionPlanRepository implements RetentionPlanRepository {

    private static final List<TaskStatus> RETAINED = List.of(TaskStatus.SETTLED, TaskStatus.ARCHIVED);

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public Optional<RetentionPlan> find(String taskId) {
        return Optional.ofNullable(em.find(RetentionPlan.class, taskId));
    }

    @Override
    public Optional<RetentionPlan> lock(String taskId) {
        return Optional.ofNullable(em.find(RetentionPlan.class, taskId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(RetentionPlan plan) {
        em.persist(plan);
    }

    @Override
    public List<String> dueTaskIds(Instant now, int limit) {
        return em.createQuery("select p.taskId from RetentionPlan p where p.dueAt <= :now and p.action <> :keep"
                        + " and p.lifecycleState <> :purged and not (p.action = :purge and p.legalHold = true)"
                        + " order by p.dueAt", String.class)
                .setParameter("now", now).setParameter("keep", RetentionAction.KEEP)
                .setParameter("purged", LifecycleState.PURGED).setParameter("purge", RetentionAction.PURGE)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<String> retainedTaskIdsAfter(String cursor, int limit) {
        return em.createQuery("select t.id from Task t where t.status in :retained and t.id > :cursor order by t.id",
                        String.class)
                .setParameter("retained", RETAINED).setParameter("cursor", cursor == null ? "" : cursor)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long countRetainedTasks() {
        return em.createQuery("select count(t) from Task t where t.status in :retained", Long.class)
                .setParameter("retained", RETAINED).getSingleResult();
    }

    @Override
    public List<RetentionCalendar.Planned> plannedBefore(Instant until, int limit) {
        return em.createQuery("select p.dueAt, p.action, p.legalHold from RetentionPlan p where p.dueAt < :until "
                        + "and p.action <> :keep and p.lifecycleState <> :purged order by p.dueAt", Object[].class)
                .setParameter("until", until).setParameter("keep", RetentionAction.KEEP)
                .setParameter("purged", LifecycleState.PURGED).setMaxResults(limit).getResultList().stream()
                .map(row -> new RetentionCalendar.Planned((Instant) row[0], (RetentionAction) row[1], (Boolean) row[2]))
                .toList();
    }
}
