package io.crowdflow.assignment.infrastructure.jpa;

import io.crowdflow.assignment.domain.AssignmentStatus;
import io.crowdflow.assignment.domain.OpenTasks;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaOpenTasks implements OpenTasks {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public List<Task> withFreeSlots(int limit) {
        return em.createQuery("select t from Task t where t.status = :open and t.redundancy > "
                        + "(select count(a) from Assignment a where a.taskId = t.id and a.status <> :expired) "
                        + "order by t.createdAt desc", Task.class)
                .setParameter("open", TaskStatus.OPEN)
                .setParameter("expired", AssignmentStatus.EXPIRED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Set<String> heldBy(String workerId) {
        return new HashSet<>(em.createQuery("select distinct a.taskId from Assignment a where a.workerId = :worker",
                String.class).setParameter("worker", workerId).getResultList());
    }
}
