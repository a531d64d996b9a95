package io.crowdflow.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with an incident id the client gets back, nothing internal disclosed. A database
 * that cannot be reached is not unforeseen: 503 (see {@link DatabaseUnavailable}).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        DatabaseUnavailable.Failure database = DatabaseUnavailable.failureOf(e);
        if (database != null) {
            return DatabaseUnavailable.response(database);
        }
        return internalError(e);
    }

    static Response internalError(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "CROWDFLOW-05001 unexpected failure, incident " + incident, e);
        return new Problem("internal-error", "Internal error", 500,
                "the platform failed; nothing of this request was kept. Incident " + incident).toResponse();
    }
}
