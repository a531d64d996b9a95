package io.crowdflow.web.limits;

/**
 * The largest request body each part of the server accepts, in bytes, decided by path alone so that the
 * limit is enforced before anything reads the body. docs/api.md ("Limits") states these figures.
 * <ul>
 *   <li>{@code /engine-rest/*}: 8 MiB, for BPMN deployments with their forms and diagrams;</li>
 *   <li>{@code /api/governance/rulesets}: 2 MiB, a retention table (at most 1 MiB) in a multipart form;</li>
 *   <li>everything else under {@code /api/*}: 1 MiB, more than the largest JSON body the API reads.</li>
 * </ul>
 */
public final class BodyLimit {

    public static final long API = 1L << 20;
    public static final long RULE_SET_UPLOAD = 2L << 20;
    public static final long ENGINE_REST = 8L << 20;

    private BodyLimit() {
    }

    /** @param path the request path inside the web application, e.g. {@code /api/tasks} */
    public static long forPath(String path) {
        if (path.startsWith("/engine-rest/")) {
            return ENGINE_REST;
        }
        if (path.startsWith("/api/governance/rulesets")) {
            return RULE_SET_UPLOAD;
        }
        return API;
    }

    /** The limit in words, for the problem's detail. */
    public static String describe(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
}
