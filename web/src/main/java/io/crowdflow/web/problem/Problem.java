package io.crowdflow.web.problem;

import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN per problem ({@code urn:crowdflow:problem:<slug>}),
 * documented in docs/api.md; clients branch on it, never on {@code detail}.
 */
public record Problem(String slug, String title, int status, String detail, List<Violation> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    public static final String TYPE_PREFIX = "urn:crowdflow:problem:";

    public Problem(String slug, String title, int status, String detail) {
        this(slug, title, status, detail, List.of());
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
    }

    /** The body alone, for answers written outside JAX-RS (servlet filters). */
    public String toJson() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + slug)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return body.build().toString();
    }
}
