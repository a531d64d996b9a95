package io.crowdflow.web.problem;

import io.crowdflow.shared.domain.ConflictException;
import io.crowdflow.shared.domain.CrowdflowException;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.NotFoundException;
import io.crowdflow.shared.domain.NotPermittedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** The platform's expected failures, by family: 400 invalid, 403 not permitted, 404 not found, 409 conflict. */
@Provider
public class CrowdflowExceptionMapper implements ExceptionMapper<CrowdflowException> {

    @Override
    public Response toResponse(CrowdflowException e) {
        return problemOf(e).toResponse();
    }

    public static Problem problemOf(CrowdflowException e) {
        int status;
        if (e instanceof InvalidRequestException) {
            status = 400;
        } else if (e instanceof NotPermittedException) {
            status = 403;
        } else if (e instanceof NotFoundException) {
            status = 404;
        } else if (e instanceof ConflictException) {
            status = 409;
        } else {
            status = 400;
        }
        List<InvalidRequestException.Violation> errors = e instanceof InvalidRequestException invalid
                ? invalid.violations() : List.of();
        return new Problem(e.problemSlug(), e.title(), status, e.getMessage(), errors);
    }
}
