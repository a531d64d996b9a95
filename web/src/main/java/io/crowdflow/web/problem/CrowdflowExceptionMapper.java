package io.crowdflow.web.problem;

import io.crowdflow.shared.domain.ConflictException;
import io.crowdflow.shared.domain.UnprocessableException;
import io.crowdflow.shared.domain.CrowdflowException;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.LimitExceededException;
import io.crowdflow.shared.domain.NotFoundException;
import io.crowdflow.shared.domain.NotPermittedException;
import io.crowdflow.shared.domain.UnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * The platform's expected failures, by family: 400 invalid, 403 not permitted, 404 not found, 409 conflict,
 * 429 limit reached (with Retry-After), 503 a service the platform depends on is unavailable.
 */
@Provider
public class CrowdflowExceptionMapper implements ExceptionMapper<CrowdflowException> {

    @Override
    public Response toResponse(CrowdflowException e) {
        Response response = problemOf(e).toResponse();
        if (e instanceof LimitExceededException limit && limit.retryAfter() != null) {
            long seconds = Math.max(1, limit.retryAfter().getEpochSecond() - java.time.Instant.now().getEpochSecond());
            return Response.fromResponse(response).header("Retry-After", seconds).build();
        }
        return response;
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
        } else if (e instanceof UnprocessableException) {
            status = 422;
        } else if (e instanceof LimitExceededException) {
            status = 429;
        } else if (e instanceof UnavailableException) {
            status = 503;
        } else {
            status = 400;
        }
        List<InvalidRequestException.Violation> errors = e instanceof InvalidRequestException invalid
                ? invalid.violations() : List.of();
        return new Problem(e.problemSlug(), e.title(), status, e.getMessage(), errors);
    }
}
