package io.crowdflow.governance.interfaces.rest;

import io.crowdflow.governance.domain.RuleSetRefusedException;
import io.crowdflow.rules.retention.TableProblem;
import io.crowdflow.web.problem.Problem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused retention table as a problem: 415 (not a table: DRL, macros, other formats), 413 (too large) or
 * 422 (a table with problems), with {@code errors} listing each problem by sheet, row and column.
 */
@Provider
public class RuleSetRefusedMapper implements ExceptionMapper<RuleSetRefusedException> {

    @Override
    public Response toResponse(RuleSetRefusedException e) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (TableProblem p : e.problems()) {
            JsonObjectBuilder error = Json.createObjectBuilder().add("where", p.where()).add("message", p.message());
            if (p.sheet() != null) {
                error.add("sheet", p.sheet());
            }
            if (p.row() > 0) {
                error.add("row", p.row());
            }
            if (p.column() != null) {
                error.add("column", p.column());
            }
            if (p.heading() != null) {
                error.add("heading", p.heading());
            }
            errors.add(error);
        }
        String body = Json.createObjectBuilder()
                .add("type", Problem.TYPE_PREFIX + e.problemSlug())
                .add("title", e.title())
                .add("status", e.kind().status())
                .add("detail", e.getMessage())
                .add("errors", errors)
                .build().toString();
        return Response.status(e.kind().status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
