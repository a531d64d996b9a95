package io.crowdflow.web.problem;

import io.crowdflow.payment.domain.DepositKeyReusedException;
import io.crowdflow.payment.domain.WorkerNotOnTaskException;

import io.crowdflow.assignment.domain.AlreadyDecidedException;
import io.crowdflow.assignment.domain.AssignmentNotFoundException;
import io.crowdflow.assignment.domain.AssignmentNotOpenException;
import io.crowdflow.assignment.domain.AssignmentStatus;
import io.crowdflow.payment.domain.InsufficientFundsException;
import io.crowdflow.review.domain.FourEyesViolationException;
import io.crowdflow.shared.domain.CrowdflowException;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import io.crowdflow.shared.domain.Money;
import io.crowdflow.task.domain.IdempotencyKeyReusedException;
import io.crowdflow.task.domain.TaskNotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code problemOf} only: {@link Problem#toResponse()} builds a JAX-RS {@code Response}, which needs a
 * JAX-RS implementation at test time; that part is covered by the integration tests on WildFly.
 */
class CrowdflowExceptionMapperTest {

    @Test
    void invalidInputIsA400ListingEveryViolation() {
        InvalidRequestException e = new InvalidRequestException(List.of(
                new Violation("title", "is required"), new Violation("reward.amount", "must be greater than zero")));

        Problem problem = CrowdflowExceptionMapper.problemOf(e);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.slug()).isEqualTo("invalid-request");
        assertThat(problem.title()).isEqualTo("The request is not valid");
        assertThat(problem.detail()).isEqualTo("title: is required; reward.amount: must be greater than zero");
        assertThat(problem.errors()).containsExactly(
                new Violation("title", "is required"), new Violation("reward.amount", "must be greater than zero"));
    }

    @Test
    void aFourEyesViolationIsA403() {
        Problem problem = CrowdflowExceptionMapper.problemOf(new FourEyesViolationException("sub-1", "worker"));

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.slug()).isEqualTo("four-eyes-violation");
        assertThat(problem.title()).isEqualTo("Not permitted");
        assertThat(problem.detail()).contains("you are the worker of submission sub-1");
        assertThat(problem.errors()).isEmpty();
    }

    @Test
    void somethingNotFoundIsA404() {
        Problem task = CrowdflowExceptionMapper.problemOf(new TaskNotFoundException("task-1"));
        Problem assignment = CrowdflowExceptionMapper.problemOf(new AssignmentNotFoundException("a-1"));

        assertThat(task.status()).isEqualTo(404);
        assertThat(task.slug()).isEqualTo("task-not-found");
        assertThat(task.title()).isEqualTo("Not found");
        assertThat(task.errors()).isEmpty();
        assertThat(assignment.status()).isEqualTo(404);
        assertThat(assignment.slug()).isEqualTo("assignment-not-found");
    }

    @Test
    void aConflictWithTheCurrentStateIsA409() {
        assertThat(CrowdflowExceptionMapper.problemOf(new AlreadyDecidedException("sub-1")))
                .extracting(Problem::status, Problem::slug, Problem::title)
                .containsExactly(409, "review-already-decided", "Conflict with the current state");
        assertThat(CrowdflowExceptionMapper.problemOf(new AssignmentNotOpenException("a-1", AssignmentStatus.EXPIRED)))
                .extracting(Problem::status, Problem::slug)
                .containsExactly(409, "assignment-not-open");
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsA422() {
        assertThat(CrowdflowExceptionMapper.problemOf(new IdempotencyKeyReusedException("k-1")))
                .extracting(Problem::status, Problem::slug)
                .containsExactly(422, "idempotency-key-reused");
        assertThat(CrowdflowExceptionMapper.problemOf(new DepositKeyReusedException("k-1")))
                .extracting(Problem::status, Problem::slug)
                .containsExactly(422, "idempotency-key-reused");
        assertThat(CrowdflowExceptionMapper.problemOf(new WorkerNotOnTaskException("t-1")))
                .extracting(Problem::status, Problem::slug)
                .containsExactly(422, "worker-not-on-task");
    }

    @Test
    void insufficientFundsIsA409WithItsOwnTitle() {
        Problem problem = CrowdflowExceptionMapper.problemOf(new InsufficientFundsException("requester:r:USD",
                Money.of("1", "USD"), Money.of("1.65", "USD")));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.slug()).isEqualTo("insufficient-funds");
        assertThat(problem.title()).isEqualTo("Insufficient funds");
        assertThat(problem.detail()).isEqualTo("account requester:r:USD holds 1.00 USD but 1.65 USD is needed");
        assertThat(problem.errors()).isEmpty();
    }

    @Test
    void anExpectedFailureOfNoKnownFamilyIsA400() {
        CrowdflowException other = new CrowdflowException("something else went wrong") {
            @Override
            public String problemSlug() {
                return "something-else";
            }

            @Override
            public String title() {
                return "Something else";
            }
        };

        Problem problem = CrowdflowExceptionMapper.problemOf(other);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.slug()).isEqualTo("something-else");
        assertThat(problem.detail()).isEqualTo("something else went wrong");
        assertThat(problem.errors()).isEmpty();
    }
}
