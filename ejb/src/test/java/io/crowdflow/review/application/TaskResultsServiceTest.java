package io.crowdflow.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.domain.AggregatedAnswer;
import io.crowdflow.review.domain.AggregatedAnswers;
import io.crowdflow.review.domain.AutomaticReview;
import io.crowdflow.review.domain.DisputeRepository;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskDraft;
import io.crowdflow.task.domain.TaskNotFoundException;
import io.crowdflow.task.domain.TaskRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** TaskResultsService: who may read a task's results, and that they are read as stored. */
@ExtendWith(MockitoExtension.class)
class TaskResultsServiceTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Mock
    TaskRepository tasks;
    @Mock
    AssignmentRepository assignments;
    @Mock
    AggregatedAnswers aggregatedAnswers;
    @Mock
    DisputeRepository disputes;

    private final TaskResultsService results = new TaskResultsService();
    private Task task;
    private Submission submission;
    private AggregatedAnswer stored;

    @BeforeEach
    void wire() {
        results.tasks = tasks;
        results.assignments = assignments;
        results.aggregatedAnswers = aggregatedAnswers;
        results.disputes = disputes;
        task = new Task("requester-1", TaskDraft.from(new TaskDraft.Raw("Label", null, "labeling", "0.50", "USD", 1,
                "PT1H", List.of(), null)), null, NOW);
        submission = new Assignment(task.id(), "worker-1", NOW, Duration.ofHours(1), "turn").submit("\"cat\"", NOW);
        stored = new AggregatedAnswer(task.id(), "requester-1", new AutomaticReview.Aggregate("majority-vote", "cat",
                1.0, false, false, 1, 1, 0.66, "majority-vote gives 'cat' with confidence 1.00 (1 of 1 answers)"), NOW);
        lenient().when(tasks.find(task.id())).thenReturn(Optional.of(task));
        lenient().when(assignments.submissionsOf(task.id())).thenReturn(List.of(submission));
        lenient().when(aggregatedAnswers.ofTask(task.id())).thenReturn(Optional.of(stored));
        lenient().when(disputes.ofSubmission(any())).thenReturn(Optional.empty());
    }

    @Test
    void theRequesterReadsTheStoredAggregateAndEverySubmission() {
        var read = results.of(new Caller("requester-1", "rob", Set.of(Caller.REQUESTER)), task.id());

        assertThat(read.aggregated()).containsSame(stored);
        assertThat(read.submissions()).extracting(TaskResultsService.Result::submission).containsExactly(submission);
    }

    @Test
    void anAdminReadsAnyTasksResults() {
        var read = results.of(new Caller("admin-1", "ada", Set.of(Caller.ADMIN)), task.id());

        assertThat(read.task()).isSameAs(task);
    }

    @Test
    void anotherRequesterIsToldTheTaskDoesNotExistAsForAnUnknownTask() {
        Caller other = new Caller("requester-2", "rose", Set.of(Caller.REQUESTER));
        when(tasks.find("no-such")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> results.of(other, task.id())).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> results.of(other, "no-such")).isInstanceOf(TaskNotFoundException.class);
    }

    @Test
    void aTaskNotReviewedYetHasNoAggregate() {
        when(aggregatedAnswers.ofTask(task.id())).thenReturn(Optional.empty());

        var read = results.of(new Caller("requester-1", "rob", Set.of(Caller.REQUESTER)), task.id());

        assertThat(read.aggregated()).isEmpty();
    }
}
