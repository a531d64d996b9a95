package io.crowdflow.web.problem;

import io.crowdflow.shared.domain.CrowdflowException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures that reach the API wrapped by the EJB container. An expected failure inside is answered as
 * itself; two writers colliding on the same record is a 409 the client may retry; a database that cannot
 * be reached is a 503 (see {@link DatabaseUnavailable}); the rest is ours (500).
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Override
    public Response toResponse(EJBException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CrowdflowException expected) {
                return CrowdflowExceptionMapper.problemOf(expected).toResponse();
            }
            if (cause instanceof OptimisticLockException || isEngineOptimisticLock(cause)) {
                return new Problem("concurrent-update", "Changed by someone else at the same time", 409,
                        "the same record was changed by another request at the same moment; nothing was "
                                + "changed by this one, and it may be retried").toResponse();
            }
        }
        DatabaseUnavailable.Failure database = DatabaseUnavailable.failureOf(e);
        if (database != null) {
            return DatabaseUnavailable.response(database);
        }
        return UnexpectedExceptionMapper.internalError(e);
    }

    /** Camunda's OptimisticLockingException, matched by name so the web layer needs no engine classes. */
    private static boolean isEngineOptimisticLock(Throwable cause) {
        return cause.getClass().getName().equals("org.camunda.bpm.engine.OptimisticLockingException");
    }
}
