package io.crowdflow.review.infrastructure.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.platform.infrastructure.persistence.NativeQueries;
import io.crowdflow.privacy.domain.crypto.PersonalText;
import io.crowdflow.review.domain.AnswerReader;
import io.crowdflow.review.domain.ReviewHistory;
import io.crowdflow.rules.review.WorkerGoldRecord;
import io.crowdflow.task.domain.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Recent answers of a task type from the working tables (archived and erased answers are not there). */
@ApplicationScoped
public class JpaReviewHistory implements ReviewHistory {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    /**
     * A projection, not the {@code Submission} entities: up to 2,000 rows are read per decision, and as entities
     * each would stay managed for the rest of the transaction, snapshotted and dirty-checked at every flush. The
     * answer column still goes through its converter (decrypted, or read as erased).
     */
    @Override
    public List<PastAnswer> recentOfType(String taskType, String exceptTaskId, int limit) {
        List<Object[]> rows = em.createQuery("select s.taskId, s.workerId, s.answer, t.goldAnswer "
                        + "from Submission s, Task t "
                        + "where t.id = s.taskId and t.type = :type and s.taskId <> :task "
                        + "order by s.submittedAt desc", Object[].class)
                .setParameter("type", taskType).setParameter("task", exceptTaskId)
                .setMaxResults(limit).getResultList();
        List<PastAnswer> answers = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String text = AnswerReader.textOf(PersonalText.textOf((PersonalText) row[2]));
            if (text != null && !text.isBlank()) {
                answers.add(new PastAnswer((String) row[0], (String) row[1], text.strip(), (String) row[3]));
            }
        }
        return answers;
    }

    @Override
    public List<WorkerGoldRecord> goldRecordsOf(String taskType, Collection<String> workerIds) {
        if (workerIds.isEmpty()) {
            return List.of();
        }
        // in SQL: a list parameter makes Hibernate translate JPQL again at every call (NativeQueries)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.worker_id, count(*), "
                        + "sum(case when s.gold_correct then 1 else 0 end) from cf_submission s "
                        + "join cf_task t on t.id = s.task_id where t.task_type = ?1 and s.gold_correct is not null "
                        + "and s.worker_id in (?2) group by s.worker_id order by s.worker_id")
                .setHint(NativeQueries.READS, new Class<?>[] {Submission.class, Task.class})
                .setParameter(1, taskType).setParameter(2, List.copyOf(workerIds)).getResultList();
        List<WorkerGoldRecord> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            records.add(new WorkerGoldRecord((String) row[0], ((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue()));
        }
        return records;
    }
}
