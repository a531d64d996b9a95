package io.crowdflow.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method or media type, missing role) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String reason = info == null ? "HTTP " + status : info.getReasonPhrase();
        String slug = switch (status) {
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
        String detail = status == 403 ? "your roles do not allow this call" : e.getMessage();
        Response problem = new Problem(slug, reason, status, detail).toResponse();
        if (original.getHeaderString("WWW-Authenticate") != null) {
            return Response.fromResponse(problem).header("WWW-Authenticate",
                    original.getHeaderString("WWW-Authenticate")).build();
        }
        return problem;
    }
}
