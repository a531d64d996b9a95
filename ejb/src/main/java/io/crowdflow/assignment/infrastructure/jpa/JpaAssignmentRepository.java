package io.crowdflow.assignment.infrastructure.jpa;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentNotFoundException;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.AssignmentStatus;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.task.domain.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public Optional<Assignment> find(String id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    @Override
    public Assignment get(String id) {
        return find(id).orElseThrow(() -> new AssignmentNotFoundException(id));
    }

    @Override
    public void add(Assignment assignment) {
        em.persist(assignment);
    }

    @Override
    public List<Assignment> ofTask(String taskId) {
        return em.createQuery("select a from Assignment a where a.taskId = :task order by a.assignedAt",
                Assignment.class).setParameter("task", taskId).getResultList();
    }

    @Override
    public List<Assignment> openFor(String workerId) {
        return em.createQuery("select a from Assignment a where a.workerId = :worker and a.status = :status "
                        + "order by a.dueAt", Assignment.class)
                .setParameter("worker", workerId).setParameter("status", AssignmentStatus.ASSIGNED)
                .getResultList();
    }

    @Override
    public Map<String, Long> openCountsByWorker() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select a.workerId, count(a) from Assignment a where a.status = :status group by a.workerId",
                        Object[].class)
                .setParameter("status", AssignmentStatus.ASSIGNED)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public void add(Submission submission) {
        em.persist(submission);
    }

    @Override
    public Optional<Submission> findSubmission(String id) {
        return Optional.ofNullable(em.find(Submission.class, id));
    }

    @Override
    public List<Submission> submissionsOf(String taskId) {
        return em.createQuery("select s from Submission s where s.taskId = :task order by s.submittedAt",
                Submission.class).setParameter("task", taskId).getResultList();
    }

    @Override
    public List<Submission> awaitingDecision(int limit) {
        return em.createQuery("select s from Submission s, Task t where t.id = s.taskId and s.decision is null "
                        + "and t.status = :status order by s.submittedAt", Submission.class)
                .setParameter("status", TaskStatus.IN_REVIEW).setMaxResults(limit).getResultList();
    }
}
