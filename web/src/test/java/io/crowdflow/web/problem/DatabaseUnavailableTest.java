package io.crowdflow.web.problem;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionDeepInsideTheEjbWrapperIsTheDatabaseBeingAway() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:15432 refused", "08001");
        EJBException failure = new EJBException(new PersistenceException("could not prepare statement", refused));

        assertThat(DatabaseUnavailable.failureOf(failure)).isNotNull();
    }

    @Test
    void aConnectionCutWhileInUseIsTheDatabaseBeingAway() {
        assertThat(DatabaseUnavailable.failureOf(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isNotNull();
        assertThat(DatabaseUnavailable.failureOf(new SQLTransientConnectionException("pool timed out"))).isNotNull();
    }

    @Test
    void aPoolThatCannotMakeAConnectionIsTheDatabaseBeingAway() {
        assertThat(DatabaseUnavailable.failureOf(new EJBException(new SQLException("IJ031084: Unable to create "
                + "connection", new jakarta.resource.ResourceException("IJ031084"))))).isNotNull();
    }

    @Test
    void aConnectionThatBreaksDuringTheCommitIsAnUnknownOutcomeNotABug() {
        // Narayana reports a one-phase commit whose connection broke as a heuristic outcome, with no cause attached
        EJBException failure = new EJBException(new jakarta.transaction.HeuristicMixedException());

        assertThat(DatabaseUnavailable.failureOf(failure)).isEqualTo(DatabaseUnavailable.Failure.COMMIT_OUTCOME_UNKNOWN);
        assertThat(DatabaseUnavailable.problem(DatabaseUnavailable.Failure.COMMIT_OUTCOME_UNKNOWN).detail())
                .contains("whether it was kept is not known").contains("same Idempotency-Key");
    }

    @Test
    void aSubclassOfThePoolsResourceExceptionAndASuppressedCauseAreRecognisedToo() {
        assertThat(DatabaseUnavailable.failureOf(new IllegalStateException("wrapped",
                new jakarta.resource.spi.ResourceAllocationException("IJ000453")))).isNotNull();
        IllegalStateException closing = new IllegalStateException("while closing the command context");
        closing.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(DatabaseUnavailable.failureOf(closing)).isEqualTo(DatabaseUnavailable.Failure.UNREACHABLE);
    }

    @Test
    void aCauseChainThatLoopsEndsTheSearch() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.addSuppressed(second);

        assertThat(DatabaseUnavailable.failureOf(second)).isNull();
    }

    @Test
    void otherDatabaseErrorsAndBugsStayInternalErrors() {
        assertThat(DatabaseUnavailable.failureOf(new SQLException("duplicate key value", "23505"))).isNull();
        assertThat(DatabaseUnavailable.failureOf(new EJBException(new IllegalStateException("a bug")))).isNull();
        assertThat(DatabaseUnavailable.failureOf(new SQLException("no state"))).isNull();
    }

    @Test
    void theProblemIsA503ThatSaysNothingWasKept() {
        Problem problem = DatabaseUnavailable.problem(DatabaseUnavailable.Failure.UNREACHABLE);

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.slug()).isEqualTo("database-unavailable");
        assertThat(problem.detail()).contains("nothing of this request was kept");
    }
}
