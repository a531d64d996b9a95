package io.crowdflow.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint, called by every role and by every kind of bad token, answered as designed: a role the
 * endpoint is not for gets 403 with a problem, a bad token gets 401, and a role it is for gets past the
 * door (whatever the answer then is, it is neither 401, 403 nor a server error). The table below is the
 * design; docs/api.md and docs/reliability.md say the same in words.
 */
class AuthorisationMatrixIT extends PlatformIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ROOT = Api.BASE.substring(0, Api.BASE.length() - "/api".length());
    private static final String NO_SUCH = UUID.randomUUID().toString();

    private static final String REQUESTER_ROLE = "requester";
    private static final String WORKER = "worker1";
    private static final String COMPLIANCE = "compliance";
    private static final String DESIGNER = "designer";
    private static final List<String> ROLES = List.of(REQUESTER_ROLE, WORKER, REVIEWER, COMPLIANCE, DESIGNER, ADMIN);
    private static final Set<String> EVERYONE = Set.copyOf(ROLES);

    /** The designed matrix: each endpoint and the users (one per role) it is for. */
    private record Endpoint(String method, String path, String body, Set<String> allowed, boolean problemOn403) {

        Endpoint(String method, String path, String body, Set<String> allowed) {
            this(method, path, body, allowed, true);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String TASK = """
            {"title": "Matrix", "instructions": "x", "type": "labeling",
             "reward": {"amount": "0.50", "currency": "USD"}, "redundancy": 1, "deadline": "PT1H",
             "skills": ["nobody-has-this-skill"]}""";
    private static final String DECISION = "{\"decision\": \"accept\", \"reason\": \"matrix\"}";

    private static final List<Endpoint> MATRIX = List.of(
            new Endpoint("GET", "/api/me/profile", null, EVERYONE),
            new Endpoint("PUT", "/api/me/profile", "{\"skills\": []}", EVERYONE),
            new Endpoint("GET", "/api/me/account", null, EVERYONE),
            new Endpoint("GET", "/api/me/consents", null, EVERYONE),
            new Endpoint("PUT", "/api/me/consents/no-such-purpose", "{}", EVERYONE),
            new Endpoint("GET", "/api/me/export", null, EVERYONE),
            new Endpoint("GET", "/api/stats", null, EVERYONE),
            new Endpoint("POST", "/api/tasks", "{}", Set.of(REQUESTER_ROLE)),
            new Endpoint("GET", "/api/tasks", null, Set.of(REQUESTER_ROLE)),
            new Endpoint("POST", "/api/tasks/quote", "{}", Set.of(REQUESTER_ROLE)),
            new Endpoint("GET", "/api/tasks/" + NO_SUCH, null, Set.of(REQUESTER_ROLE, ADMIN)),
            new Endpoint("GET", "/api/tasks/" + NO_SUCH + "/results", null, Set.of(REQUESTER_ROLE, ADMIN)),
            new Endpoint("POST", "/api/tasks/" + NO_SUCH + "/bonuses", "{}", Set.of(REQUESTER_ROLE)),
            new Endpoint("POST", "/api/tasks/" + NO_SUCH + "/cancellation", "{}", Set.of(REQUESTER_ROLE)),
            new Endpoint("POST", "/api/gold-items", "{}", Set.of(REQUESTER_ROLE)),
            new Endpoint("GET", "/api/gold-items", null, Set.of(REQUESTER_ROLE)),
            new Endpoint("GET", "/api/gold-items/" + NO_SUCH, null, Set.of(REQUESTER_ROLE, ADMIN)),
            new Endpoint("POST", "/api/gold-items/" + NO_SUCH + "/withdrawal", "{\"reason\": \"x\"}",
                    Set.of(REQUESTER_ROLE, ADMIN)),
            new Endpoint("GET", "/api/me/assignments", null, Set.of(WORKER)),
            new Endpoint("GET", "/api/me/recommendations", null, Set.of(WORKER)),
            new Endpoint("GET", "/api/me/submissions", null, Set.of(WORKER)),
            new Endpoint("GET", "/api/me/reputation", null, Set.of(WORKER)),
            new Endpoint("POST", "/api/assignments/" + NO_SUCH + "/submission", "{\"answer\": {}}", Set.of(WORKER)),
            new Endpoint("POST", "/api/submissions/" + NO_SUCH + "/dispute", "{\"reason\": \"x\"}", Set.of(WORKER)),
            new Endpoint("GET", "/api/reviews", null, Set.of(REVIEWER)),
            new Endpoint("POST", "/api/reviews/" + NO_SUCH + "/decision", DECISION, Set.of(REVIEWER)),
            new Endpoint("GET", "/api/disputes", null, Set.of(REVIEWER)),
            new Endpoint("POST", "/api/disputes/" + NO_SUCH + "/decision", DECISION, Set.of(REVIEWER)),
            new Endpoint("POST", "/api/admin/deposits", "{}", Set.of(ADMIN)),
            new Endpoint("POST", "/api/admin/recommendations/rebuild", "{}", Set.of(ADMIN)),
            new Endpoint("GET", "/api/admin/recommendations/model", null, Set.of(ADMIN)),
            new Endpoint("GET", "/api/admin/crypto/master-keys", null, Set.of(ADMIN)),
            new Endpoint("POST", "/api/admin/crypto/rewrap", "{}", Set.of(ADMIN)),
            new Endpoint("GET", "/api/admin/lifecycle-pins", null, Set.of(DESIGNER, ADMIN)),
            new Endpoint("PUT", "/api/admin/lifecycle-pins/no-such-type", "{}", Set.of(DESIGNER, ADMIN)),
            new Endpoint("DELETE", "/api/admin/lifecycle-pins/no-such-type", null, Set.of(DESIGNER, ADMIN)),
            new Endpoint("GET", "/api/governance/rulesets", null, Set.of(COMPLIANCE)),
            new Endpoint("POST", "/api/governance/rulesets", "{}", Set.of(COMPLIANCE)),
            new Endpoint("GET", "/api/governance/rulesets/999999", null, Set.of(COMPLIANCE)),
            new Endpoint("GET", "/api/governance/rulesets/999999/file", null, Set.of(COMPLIANCE)),
            new Endpoint("POST", "/api/governance/rulesets/999999/dry-run", null, Set.of(COMPLIANCE)),
            new Endpoint("POST", "/api/governance/rulesets/999999/activate", null, Set.of(COMPLIANCE)),
            new Endpoint("GET", "/api/governance/sweeps", null, Set.of(COMPLIANCE)),
            new Endpoint("GET", "/api/governance/dry-runs/999999", null, Set.of(COMPLIANCE)),
            new Endpoint("GET", "/api/governance/retention/" + NO_SUCH, null, Set.of(COMPLIANCE)),
            new Endpoint("GET", "/api/governance/audit", null, Set.of(COMPLIANCE)),
            new Endpoint("GET", "/api/ledger/checkpoints/latest", null, EVERYONE),
            new Endpoint("GET", "/api/ledger/checkpoints", null, EVERYONE),
            new Endpoint("GET", "/api/ledger/entries", null, EVERYONE),
            new Endpoint("GET", "/api/ledger/entries/1/proof", null, EVERYONE),
            new Endpoint("GET", "/api/ledger/public-key", null, EVERYONE),
            // console2: the process monitor, the policy's learning curve, the retention calendar, a requester's activity
            new Endpoint("GET", "/api/admin/process-monitor", null, Set.of(DESIGNER, ADMIN)),
            new Endpoint("GET", "/api/admin/policy/learning-curve", null, Set.of(ADMIN)),
            new Endpoint("GET", "/api/governance/retention/calendar", null, Set.of(COMPLIANCE)),
            new Endpoint("GET", "/api/me/task-activity", null, Set.of(REQUESTER_ROLE)),
            // Camunda's REST API: the servlet container's constraint answers 403 (no problem body of ours)
            new Endpoint("GET", "/engine-rest/process-definition", null, Set.of(DESIGNER, ADMIN), false),
            new Endpoint("GET", "/engine-rest/incident", null, Set.of(DESIGNER, ADMIN), false));

    /** Endpoints that would really do something irreversible for a demo user: tried with bad tokens only. */
    private static final List<Endpoint> IRREVERSIBLE = List.of(
            new Endpoint("POST", "/api/me/erasure", "{}", EVERYONE));

    @Test
    void everyRoleIsLetThroughExactlyTheDoorsDesignedForIt() {
        List<String> wrong = new ArrayList<>();
        for (String user : ROLES) {
            String token = token(user);
            for (Endpoint endpoint : MATRIX) {
                Reply reply = call(endpoint, token);
                if (endpoint.allowed().contains(user)) {
                    if (reply.status() == 401 || reply.status() == 403 || reply.status() >= 500) {
                        wrong.add(user + " on " + endpoint + ": expected to get through, got " + reply);
                    }
                } else if (reply.status() != 403) {
                    wrong.add(user + " on " + endpoint + ": expected 403, got " + reply);
                } else if (endpoint.problemOn403() && !reply.contentType().startsWith("application/problem+json")) {
                    wrong.add(user + " on " + endpoint + ": 403 without a problem body: " + reply);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noTokenAndEveryKindOfBadTokenIsUnauthorizedEverywhere() throws InterruptedException {
        String genuine = token(REQUESTER);
        String[] parts = genuine.split("\\.");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("no token", null);
        bad.put("not a JWT", "not-a-token");
        bad.put("forged signature", parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse());
        bad.put("signature stripped (alg none)", noneAlgorithm(parts[1]));
        bad.put("token for another audience", Keycloak.token("crowdflow-other", REQUESTER));
        bad.put("token from another realm", masterRealmToken());
        String shortLived = Keycloak.token("crowdflow-short-lived", REQUESTER);
        assertThat(callApi("GET", "/api/tasks", shortLived).status())
                .as("a short-lived token works while it lives").isEqualTo(200);
        Thread.sleep(Duration.ofSeconds(4).toMillis());
        bad.put("expired token", shortLived);

        List<String> wrong = new ArrayList<>();
        List<Endpoint> all = new ArrayList<>(MATRIX);
        all.addAll(IRREVERSIBLE);
        for (Map.Entry<String, String> token : bad.entrySet()) {
            for (Endpoint endpoint : all) {
                Reply reply = call(endpoint, token.getValue());
                if (reply.status() != 401) {
                    wrong.add(token.getKey() + " on " + endpoint + ": expected 401, got " + reply);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWorkerCannotActOnAnotherWorkersAssignment() {
        fund(REQUESTER, "5.00");
        String skill = skillFor("worker2");
        String taskId = Api.post(token(REQUESTER), "/tasks", taskJson("Someone else's work", 1, "PT1H", skill))
                .json().getString("id");
        JsonObject assignment = Api.eventually(() -> assignmentOf("worker2", taskId), a -> a != null,
                Duration.ofSeconds(30));
        assertThat(assignment).isNotNull();
        String path = "/assignments/" + assignment.getString("id") + "/submission";

        Api.Reply stranger = Api.post(token("worker3"), path, "{\"answer\": {\"cat\": true}}");
        assertThat(stranger.status()).as(stranger.body()).isIn(403, 404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(Api.get(token("worker3"), "/me/assignments").array().getValuesAs(JsonObject.class))
                .noneMatch(a -> a.getString("taskId").equals(taskId));

        Api.Reply owner = Api.post(token("worker2"), path, "{\"answer\": {\"cat\": true}}");
        assertThat(owner.status()).as("the stranger's attempt changed nothing: " + owner.body()).isEqualTo(201);
    }

    @Test
    void noOneReviewsTheirOwnSubmissionOrTheirOwnTask() {
        fund("requester-reviewer", "5.00");
        String skill = skillFor("worker-reviewer");
        String taskId = Api.post(token("requester-reviewer"), "/tasks",
                taskJson("Two hats, one task", 1, "PT1H", skill)).json().getString("id");
        JsonObject assignment = Api.eventually(() -> assignmentOf("worker-reviewer", taskId), a -> a != null,
                Duration.ofSeconds(30));
        assertThat(assignment).isNotNull();
        Api.Reply submitted = Api.post(token("worker-reviewer"),
                "/assignments/" + assignment.getString("id") + "/submission", "{\"answer\": {\"cat\": true}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String submissionId = submitted.json().getString("id");
        assertThat(Api.eventually(() -> queueOf(REVIEWER), q -> q.contains(submissionId), Duration.ofSeconds(30)))
                .as("the submission waits for a human").contains(submissionId);

        for (String twoHats : List.of("worker-reviewer", "requester-reviewer")) {
            assertThat(queueOf(twoHats)).as(twoHats + "'s queue").doesNotContain(submissionId);
            Api.Reply own = Api.post(token(twoHats), "/reviews/" + submissionId + "/decision", DECISION);
            assertThat(own.status()).as(twoHats + ": " + own.body()).isEqualTo(403);
            assertThat(own.contentType()).startsWith("application/problem+json");
        }
        Api.Reply independent = Api.post(token(REVIEWER), "/reviews/" + submissionId + "/decision", DECISION);
        assertThat(independent.status()).as(independent.body()).isEqualTo(200);
    }

    /**
     * Who may read a task is decided by the read-access rules (read-access.drl), named, and the reads of personal
     * data that matter are in the governance audit: the requester reads their own task in full and unrecorded; an
     * admin gets it without its content, recorded; another requester is told it does not exist, recorded.
     */
    @Test
    void readsOfATaskWithPersonalDataAreDecidedByNamedRulesAndAudited() {
        fund(REQUESTER, "5.00");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", """
                {"title": "Call back %s", "instructions": "Write to reader-%s@example.org", "type": "labeling",
                 "reward": {"amount": "0.50", "currency": "USD"}, "redundancy": 1, "deadline": "PT1H",
                 "skills": ["nobody-has-this-skill"], "input": {"contact": "reader-%s@example.org"}}"""
                .formatted(marker, marker, marker));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");

        JsonObject own = task(REQUESTER, taskId);
        assertThat(own.getString("dataClass")).isEqualTo("personal");
        assertThat(own.getString("instructions")).contains("@example.org");
        assertThat(own.getBoolean("contentRedacted")).isFalse();

        Api.Reply admin = Api.get(token(ADMIN), "/tasks/" + taskId);
        assertThat(admin.status()).as(admin.body()).isEqualTo(200);
        assertThat(admin.json().getBoolean("contentRedacted")).isTrue();
        assertThat(admin.body()).doesNotContain(marker);
        assertThat(admin.json().getJsonArray("events")).as("the history stays readable").isNotEmpty();

        Api.Reply stranger = Api.get(token(REQUESTER2), "/tasks/" + taskId);
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");

        List<JsonObject> audit = Api.get(token(COMPLIANCE), "/governance/audit?taskId=" + taskId).json()
                .getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.getString("kind")).isEqualTo("personal_data_read");
            assertThat(e.getString("actor")).isEqualTo(subject(ADMIN));
            assertThat(e.getString("detail")).contains("'An admin may read a task with personal data only without its content'",
                    "allowed without its content");
        });
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.getString("kind")).isEqualTo("read_denied");
            assertThat(e.getString("actor")).isEqualTo(subject(REQUESTER2));
            assertThat(e.getString("detail")).contains("'A read no rule grants is denied'",
                    "'A denied read of personal data is recorded'");
        });
        assertThat(audit).as("one's own content is no disclosure")
                .noneMatch(e -> subject(REQUESTER).equals(e.getString("actor", null)));
        assertThat(audit.toString()).doesNotContain(marker);
    }

    private static List<String> queueOf(String reviewer) {
        return Api.get(token(reviewer), "/reviews").array().getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("id")).toList();
    }

    private record Reply(int status, String contentType, String body) {
        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 160 ? body.substring(0, 160) + "..." : body);
        }
    }

    private static Reply call(Endpoint endpoint, String token) {
        return callApi(endpoint.method(), endpoint.path(), token, endpoint.body());
    }

    private static Reply callApi(String method, String path, String token) {
        return callApi(method, path, token, null);
    }

    private static Reply callApi(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ROOT + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the platform did not answer " + method + " " + path, e);
        }
    }

    /** The genuine claims under a header that says "no signature", and no signature. */
    private static String noneAlgorithm(String claims) {
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    /** A genuine token, signed by the same Keycloak, but by its master realm (the build's bootstrap admin). */
    private static String masterRealmToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode("admin", StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(Keycloak.URL + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return ((JsonObject) Api.json(response.body())).getString("access_token");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        }
    }
}
