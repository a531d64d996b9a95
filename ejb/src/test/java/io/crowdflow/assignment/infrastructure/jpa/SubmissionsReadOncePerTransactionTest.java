package io.crowdflow.assignment.infrastructure.jpa;

import io.crowdflow.assignment.domain.Submission;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** {@link JpaAssignmentRepository#submissionsOf}: one query per task and transaction, and again after an add. */
class SubmissionsReadOncePerTransactionTest {

    private final EntityManager em = mock(EntityManager.class);
    private final Map<Object, Object> resources = new HashMap<>();
    private final List<String> tasksQueried = new ArrayList<>();
    private Object transaction = "tx-1";
    private final Map<String, List<Submission>> stored = new HashMap<>();
    private JpaAssignmentRepository repository;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void aRepositoryOnATransactionRegistry() {
        TransactionSynchronizationRegistry registry = mock(TransactionSynchronizationRegistry.class);
        when(registry.getTransactionKey()).thenAnswer(call -> transaction);
        when(registry.getResource(any())).thenAnswer(call -> resources.get(call.getArgument(0)));
        org.mockito.Mockito.doAnswer(call -> resources.put(call.getArgument(0), call.getArgument(1)))
                .when(registry).putResource(any(), any());
        when(em.createQuery(anyString(), eq(Submission.class))).thenAnswer(call -> {
            TypedQuery<Submission> query = mock(TypedQuery.class);
            String[] task = new String[1];
            when(query.setParameter(eq("task"), any())).thenAnswer(set -> {
                task[0] = set.getArgument(1);
                return query;
            });
            when(query.getResultList()).thenAnswer(run -> {
                tasksQueried.add(task[0]);
                return new ArrayList<>(stored.getOrDefault(task[0], List.of()));
            });
            return query;
        });
        repository = new JpaAssignmentRepository();
        repository.em = em;
        repository.transactions = registry;
    }

    @Test
    void theReviewStepsOfOneTransactionReadTheTasksSubmissionsOnce() {
        Submission first = submissionOf("task-1");
        stored.put("task-1", List.of(first));

        List<Submission> forTheReview = repository.submissionsOf("task-1");
        List<Submission> forTheRules = repository.submissionsOf("task-1");

        assertThat(forTheRules).containsExactly(first).isEqualTo(forTheReview);
        assertThat(tasksQueried).containsExactly("task-1");
    }

    @Test
    void eachTaskIsReadOnItsOwn() {
        repository.submissionsOf("task-1");
        repository.submissionsOf("task-2");
        repository.submissionsOf("task-1");

        assertThat(tasksQueried).containsExactly("task-1", "task-2");
    }

    @Test
    void aSubmissionAddedInTheTransactionIsInTheNextRead() {
        Submission first = submissionOf("task-1");
        stored.put("task-1", List.of(first));
        repository.submissionsOf("task-1");
        repository.submissionsOf("task-2");

        Submission second = submissionOf("task-1");
        repository.add(second);
        stored.put("task-1", List.of(first, second));

        assertThat(repository.submissionsOf("task-1")).containsExactly(first, second);
        assertThat(repository.submissionsOf("task-2")).isEmpty();
        assertThat(tasksQueried).containsExactly("task-1", "task-2", "task-1");
        verify(em, times(1)).persist(second);
    }

    @Test
    void anotherTransactionReadsAgain() {
        repository.submissionsOf("task-1");
        transaction = "tx-2";
        resources.clear(); // the registry's resources belong to one transaction

        repository.submissionsOf("task-1");

        assertThat(tasksQueried).containsExactly("task-1", "task-1");
    }

    @Test
    void outsideATransactionEveryCallReads() {
        transaction = null;

        repository.submissionsOf("task-1");
        repository.submissionsOf("task-1");

        assertThat(tasksQueried).containsExactly("task-1", "task-1");
        assertThat(resources).isEmpty();
    }

    @Test
    void theListReadCannotBeChangedByOneStepForTheNext() {
        stored.put("task-1", List.of(submissionOf("task-1")));

        List<Submission> read = repository.submissionsOf("task-1");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read.add(submissionOf("task-1")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Submission submissionOf(String taskId) {
        Submission submission = mock(Submission.class);
        when(submission.taskId()).thenReturn(taskId);
        return submission;
    }
}
