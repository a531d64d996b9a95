package io.crowdflow.task.infrastructure.jpa;

import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public Optional<Task> find(String id) {
        return Optional.ofNullable(em.find(Task.class, id));
    }

    @Override
    public Optional<Task> findByIdempotencyKey(String requesterId, String key) {
        return em.createQuery("select t from Task t where t.requesterId = :requester and t.idempotencyKey = :key",
                        Task.class)
                .setParameter("requester", requesterId).setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public List<Task> ownedBy(String requesterId) {
        return em.createQuery("select t from Task t where t.requesterId = :requester order by t.createdAt desc",
                Task.class).setParameter("requester", requesterId).setMaxResults(200).getResultList();
    }

    @Override
    public List<String> idsWithContentAfter(String afterId, int limit) {
        var query = em.createQuery("select t.id from Task t where t.status not in :gone"
                        + (afterId == null ? "" : " and t.id > :after") + " order by t.id", String.class)
                .setParameter("gone", List.of(TaskStatus.ARCHIVED, TaskStatus.PURGED)).setMaxResults(limit);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    @Override
    public void add(Task task) {
        em.persist(task);
        em.flush();
    }
}
