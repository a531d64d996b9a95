package io.crowdflow.platform.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Camunda's error mapping, except that a deployment whose XML cannot be parsed (ENGINE-09003: not well-formed, or a
 * DOCTYPE / external entity, which the parser refuses) is the client's mistake: 400, not 500. The body stays
 * Camunda's own ({"type", "message"}).
 */
@Provider
public class EngineRestExceptionHandler extends ProcessEngineExceptionHandler {

    static final String UNPARSABLE_XML = "ENGINE-09003";

    @Override
    public Response toResponse(ProcessEngineException exception) {
        Response response = super.toResponse(exception);
        String message = exception.getMessage();
        if (message != null && message.startsWith(UNPARSABLE_XML)) {
            return Response.fromResponse(response).status(Response.Status.BAD_REQUEST).build();
        }
        return response;
    }
}
