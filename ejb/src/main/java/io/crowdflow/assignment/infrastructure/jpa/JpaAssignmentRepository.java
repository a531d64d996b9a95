package io.crowdflow.assignment.infrastructure.jpa;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentNotFoundException;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.AssignmentStatus;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.platform.infrastructure.persistence.NativeQueries;
import io.crowdflow.task.domain.TaskStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

    static final int TRACK_RECORD_WORKERS = 1000;

    /** The transaction's resource: the submissions of each task read in it, by task id. */
    private static final String SUBMISSIONS_READ = JpaAssignmentRepository.class.getName() + ".submissionsRead";

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

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
    public GoldCounts goldCounts(String workerId, String taskType) {
        // one range of ix_assignment_worker_type_gold (V22): no join to the worker's tasks
        Object[] row = em.createQuery("select sum(case when a.gold = true then 0 else 1 end), "
                        + "sum(case when a.gold = true then 1 else 0 end) from Assignment a "
                        + "where a.workerId = :worker and a.taskType = :type", Object[].class)
                .setParameter("worker", workerId).setParameter("type", taskType).getSingleResult();
        return new GoldCounts(row[0] == null ? 0 : ((Number) row[0]).intValue(),
                row[1] == null ? 0 : ((Number) row[1]).intValue());
    }

    /**
     * Up to {@value #TRACK_RECORD_WORKERS} workers are read by id (the worker indexes of both tables); more, and
     * every worker's record is aggregated once, as one query reads them faster than many id lists.
     */
    @Override
    public Map<String, TrackRecord> trackRecords(String taskType, Collection<String> workerIds) {
        boolean some = workerIds.size() <= TRACK_RECORD_WORKERS;
        // accepted, decided, acceptedOfType, decidedOfType, onTime, closed
        Map<String, int[]> counts = new HashMap<>();
        var decided = em.createQuery("select s.workerId, t.type, count(s), "
                        + "sum(case when s.decision = :accept then 1 else 0 end) from Submission s, Task t "
                        + "where t.id = s.taskId and s.decision is not null "
                        + (some ? "and s.workerId in :workers " : "")
                        + "group by s.workerId, t.type", Object[].class)
                .setParameter("accept", Submission.Decision.ACCEPT);
        var closed = em.createQuery("select a.workerId, count(a), "
                        + "sum(case when a.status = :submitted then 1 else 0 end) from Assignment a "
                        + "where a.status <> :open "
                        + (some ? "and a.workerId in :workers " : "")
                        + "group by a.workerId", Object[].class)
                .setParameter("submitted", AssignmentStatus.SUBMITTED)
                .setParameter("open", AssignmentStatus.ASSIGNED);
        if (some) {
            decided.setParameter("workers", workerIds);
            closed.setParameter("workers", workerIds);
        }
        decided.getResultList()
                .forEach(row -> {
                    int[] c = counts.computeIfAbsent((String) row[0], k -> new int[6]);
                    int decidedCount = ((Number) row[2]).intValue();
                    int accepted = ((Number) row[3]).intValue();
                    c[0] += accepted;
                    c[1] += decidedCount;
                    if (taskType.equals(row[1])) {
                        c[2] += accepted;
                        c[3] += decidedCount;
                    }
                });
        closed.getResultList()
                .forEach(row -> {
                    int[] c = counts.computeIfAbsent((String) row[0], k -> new int[6]);
                    c[5] = ((Number) row[1]).intValue();
                    c[4] = ((Number) row[2]).intValue();
                });
        Map<String, TrackRecord> records = new HashMap<>();
        counts.forEach((worker, c) -> records.put(worker, new TrackRecord(c[0], c[1], c[2], c[3], c[4], c[5])));
        return records;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Outcome> unlearnedOutcomes(int limit) {
        // expiries and decisions made earlier in this transaction count too: the queries name what they read, so
        // pending assignments and submissions are flushed first, and nothing else (a task's pending changes wait)
        List<Outcome> outcomes = new ArrayList<>();
        ((List<Object[]>) em.createNativeQuery("select a.id, a.task_type, a.worker_id, a.features, s.decision "
                        + "from cf_assignment a join cf_submission s on s.assignment_id = a.id "
                        + "where s.decision is not null "
                        + "and a.features is not null and a.learned_at is null order by s.decided_at")
                .setHint(NativeQueries.READS, new Class<?>[] {Assignment.class, Submission.class})
                .setMaxResults(limit).getResultList())
                .forEach(row -> outcomes.add(new Outcome((String) row[0], (String) row[1], (String) row[2],
                        (String) row[3], Submission.Decision.ACCEPT.name().equals(row[4]) ? 1.0 : 0.0)));
        ((List<Object[]>) em.createNativeQuery("select a.id, a.task_type, a.worker_id, a.features from cf_assignment a "
                        + "where a.status = 'EXPIRED' "
                        + "and a.features is not null and a.learned_at is null order by a.closed_at")
                .setHint(NativeQueries.READS, Assignment.class)
                .setMaxResults(limit).getResultList())
                .forEach(row -> outcomes.add(new Outcome((String) row[0], (String) row[1], (String) row[2],
                        (String) row[3], 0.0)));
        return outcomes;
    }

    @Override
    public boolean claimOutcome(String assignmentId, Instant now) {
        return em.createNativeQuery("update cf_assignment set learned_at = ?1 where id = ?2 and learned_at is null")
                .setHint(NativeQueries.READS, Assignment.class)
                .setParameter(1, now).setParameter(2, assignmentId).executeUpdate() == 1;
    }

    @Override
    public void add(Submission submission) {
        em.persist(submission);
        Map<String, List<Submission>> read = submissionsRead();
        if (read != null) {
            read.remove(submission.taskId());
        }
    }

    @Override
    public Optional<Submission> findSubmission(String id) {
        return Optional.ofNullable(em.find(Submission.class, id));
    }

    /**
     * Read once per transaction and task: the steps of one transaction (the review's preparation and its
     * automatic decisions; the dispute window and the settlement) each ask for the task's
     * submissions, and a second query would answer the same managed entities, changes included. Only {@link #add}
     * adds a submission (none is ever deleted), and it forgets the task's list. So a transaction sees one list,
     * as a repeatable read would, even when another transaction adds a submission to the task meanwhile.
     */
    @Override
    public List<Submission> submissionsOf(String taskId) {
        Map<String, List<Submission>> read = submissionsRead();
        if (read == null) {
            return querySubmissionsOf(taskId);
        }
        return read.computeIfAbsent(taskId, this::querySubmissionsOf);
    }

    private List<Submission> querySubmissionsOf(String taskId) {
        return List.copyOf(em.createQuery("select s from Submission s where s.taskId = :task order by s.submittedAt",
                Submission.class).setParameter("task", taskId).getResultList());
    }

    /** This transaction's submissions read so far, by task; null outside a transaction. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Submission>> submissionsRead() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        var read = (Map<String, List<Submission>>) transactions.getResource(SUBMISSIONS_READ);
        if (read == null) {
            read = new HashMap<>();
            transactions.putResource(SUBMISSIONS_READ, read);
        }
        return read;
    }

    @Override
    public List<Submission> submissionsOfWorker(String workerId, int limit) {
        return em.createQuery("select s from Submission s where s.workerId = :worker order by s.submittedAt desc",
                Submission.class).setParameter("worker", workerId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Submission> awaitingDecision(int limit) {
        return em.createQuery("select s from Submission s, Task t where t.id = s.taskId and s.decision is null "
                        + "and t.status = :status order by s.submittedAt", Submission.class)
                .setParameter("status", TaskStatus.IN_REVIEW).setMaxResults(limit).getResultList();
    }
}
