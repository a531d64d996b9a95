package io.crowdflow.it;

import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerAudit;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.interfaces.json.PublishedLedger;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, items 5-7 on the real server with the real Keycloak: consent withdrawn in Keycloak makes the
 * next assignment non-personalised; erasure makes the person's data unreadable, removes their Keycloak
 * user, and leaves the ledger verifiable; the statistics are noisy, cached per window and budgeted.
 * Each scenario makes its own Keycloak user, so the demo users stay as they are.
 */
class PrivacyIT extends PlatformIT {

    private static final String NOT_PERSONALISED = "not personalised: no consent to assignment-profiling";

    @Test
    void workerWhoWithdrawsProfilingConsentGetsANonPersonalisedNextAssignment() {
        String worker = KeycloakUsers.newWorker("consent");
        String skill = skillFor(worker);
        fund(REQUESTER, "5.00");

        JsonObject first = assignmentFor(worker, postTask("first", skill));
        assertThat(first.getString("why")).doesNotContain(NOT_PERSONALISED);

        Api.Reply withdrawn = Api.put(token(worker), "/me/consents/assignment-profiling", "{\"granted\": false}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(granted(withdrawn.json(), "assignment-profiling")).isFalse();
        assertThat(granted(withdrawn.json(), "research-analytics")).isTrue();
        JsonObject change = withdrawn.json().getJsonArray("history").getJsonObject(0);
        assertThat(change.getString("purpose")).isEqualTo("assignment-profiling");
        assertThat(change.getBoolean("granted")).isFalse();
        assertThat(change.getString("source")).isEqualTo("api");

        String secondTask = postTask("second", skill);
        JsonObject second = assignmentFor(worker, secondTask);
        assertThat(second.getString("why")).contains(NOT_PERSONALISED);
        assertThat(task(REQUESTER, secondTask).getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("assigned")).findFirst().orElseThrow()
                .getString("reason")).contains(NOT_PERSONALISED);

        // granted again: the next decision is personalised again
        assertThat(Api.put(token(worker), "/me/consents/assignment-profiling", "{\"granted\": true}").status())
                .isEqualTo(200);
        assertThat(assignmentFor(worker, postTask("third", skill)).getString("why")).doesNotContain(NOT_PERSONALISED);
        JsonObject consents = Api.get(token(worker), "/me/consents").json();
        assertThat(consents.getJsonArray("history")).hasSize(2);
    }

    @Test
    void aTaskWithPersonalDataGoesOnlyToAWorkerWhoConsentedToProcessItAndSaysWhyNot() {
        String worker = KeycloakUsers.newWorker("pdp");
        String skill = skillFor(worker);
        fund(REQUESTER, "5.00");
        assertThat(Api.put(token(worker), "/me/consents/personal-data-processing", "{\"granted\": false}").status())
                .isEqualTo(200);

        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Call them back", 1, "PT1H", skill)
                .replace("Is there a cat?", "Ring +49 30 1234567 and write to anna.berg@example.org"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");
        JsonObject waiting = Api.eventually(() -> task(REQUESTER, taskId),
                t -> eventTypes(t).contains("no_eligible_worker"), Duration.ofSeconds(20));
        assertThat(waiting.getString("dataClass")).isEqualTo("personal");
        assertThat(waiting.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("no_eligible_worker")).findFirst().orElseThrow()
                .getString("reason")).contains("has not consented to personal-data-processing");
        assertThat(assignmentOf(worker, taskId)).isNull();

        // once granted, the task's next assignment attempt gives it to them
        assertThat(Api.put(token(worker), "/me/consents/personal-data-processing", "{\"granted\": true}").status())
                .isEqualTo(200);
        assertThat(assignmentFor(worker, taskId)).isNotNull();
    }

    @Test
    void badConsentRequestsAreClearProblemsAndChangeNothing() {
        String worker = KeycloakUsers.newWorker("badconsent");
        Api.Reply unknown = Api.put(token(worker), "/me/consents/selling-data", "{\"granted\": true}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().getString("type")).isEqualTo("urn:crowdflow:problem:purpose-not-found");

        Api.Reply wrongType = Api.put(token(worker), "/me/consents/recommendations", "{\"granted\": \"no\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().getString("type")).isEqualTo("urn:crowdflow:problem:invalid-request");
        Api.Reply missing = Api.put(token(worker), "/me/consents/recommendations", "{}");
        assertThat(missing.status()).isEqualTo(400);

        JsonObject consents = Api.get(token(worker), "/me/consents").json();
        assertThat(granted(consents, "recommendations")).isTrue();
        assertThat(consents.getJsonArray("history")).isEmpty();
    }

    @Test
    void erasureMakesTheWorkersDataUnreadableRemovesThemFromKeycloakAndTheLedgerStillVerifies() throws SQLException {
        String worker = KeycloakUsers.newWorker("erase");
        String workerToken = token(worker);
        String workerId = Keycloak.subjectOf(workerToken);
        String skill = skillFor(worker);
        fund(REQUESTER, "5.00");
        String taskId = postTask("erasure", skill);
        JsonObject assignment = assignmentFor(worker, taskId);
        String marker = "private-" + UUID.randomUUID();
        Api.Reply submitted = Api.post(workerToken, "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": {\"note\": \"" + marker + "\"}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String submissionId = submitted.json().getString("id");

        JsonObject before = Api.get(workerToken, "/me/export").json();
        assertThat(before.getJsonObject("profile").getJsonArray("skills").getString(0)).isEqualTo(skill);
        assertThat(before.getJsonArray("submissions").getJsonObject(0).getJsonObject("answer").getString("note"))
                .isEqualTo(marker);
        assertThat(before.getJsonArray("assignments").getJsonObject(0).getString("why")).startsWith("policy ");
        assertThat(before.getJsonObject("consents").getJsonObject("current").getBoolean("assignment-profiling")).isTrue();
        assertThat(reviewItem(submissionId).getJsonObject("answer").getString("note")).isEqualTo(marker);
        storedAnswer(submissionId).ifPresent(stored -> assertThat(stored).startsWith("cf1:").doesNotContain(marker));

        Api.Reply erased = Api.post(workerToken, "/me/erasure", "");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().getBoolean("dataKeyDestroyed")).isTrue();
        assertThat(erased.json().getBoolean("identityProviderAccountRemoved")).isTrue();

        // the answer can no longer be read by anyone: the reviewer sees no answer
        assertThat(reviewItem(submissionId).get("answer")).isEqualTo(JsonValue.NULL);
        storedAnswer(submissionId).ifPresent(stored -> assertThat(stored).startsWith("cf1:").doesNotContain(marker));
        // Keycloak: the user is gone and cannot sign in; the still-valid token is refused by the platform
        assertThat(KeycloakUsers.user(workerId).statusCode()).isEqualTo(404);
        assertThat(KeycloakUsers.signInStatus(worker)).isIn(400, 401);
        Api.Reply afterwards = Api.get(workerToken, "/me/export");
        assertThat(afterwards.status()).isEqualTo(403);
        assertThat(afterwards.json().getString("type")).isEqualTo("urn:crowdflow:problem:person-erased");

        // the reviewer still decides; the worker's (pseudonymous) account is paid; the whole ledger verifies
        Api.Reply decided = Api.post(token(REVIEWER), "/reviews/" + submissionId + "/decision",
                "{\"decision\": \"accept\", \"reason\": \"fine\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        String token = token("worker1");
        Checkpoint.Signed latest = PublishedLedger.checkpointOf(Api.post(token, "/ledger/checkpoints", "").json());
        List<JsonObject> json = LedgerIT.allEntries(token, latest.checkpoint().treeSize());
        List<LedgerEntry> entries = json.stream().map(PublishedLedger::entryOf).toList();
        assertThat(entries).anyMatch(e -> e.taskId().equals(taskId) && e.kind().equals("payment"));
        LedgerAudit.Report report = LedgerAudit.audit(entries, json.stream()
                        .map(e -> Base64.getDecoder().decode(e.getString("leafHash"))).toList(), latest,
                LedgerIT.publicKey("worker1"), LedgerIT.proofs(token));
        assertThat(report.intact()).as(report.finding()).isTrue();
    }

    @Test
    void publicStatisticsAreNoisyCachedPerWindowAndShowTheBudget() {
        Api.Reply first = Api.get(token(REQUESTER), "/stats");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonObject stats = first.json();
        JsonObject queries = stats.getJsonObject("queries");
        assertThat(queries.keySet()).containsExactlyInAnyOrder("tasks-per-type", "approval-rates",
                "earnings-distribution");
        assertThat(queries.getJsonObject("tasks-per-type").getJsonNumber("epsilon").doubleValue()).isEqualTo(0.1);
        assertThat(queries.getJsonObject("tasks-per-type").getJsonObject("counts").keySet()).contains("labeling");
        double spent = stats.getJsonObject("budget").getJsonNumber("epsilonSpent").doubleValue();
        assertThat(spent).isBetween(0.3 - 1e-9, 1.0 + 1e-9);

        // asked again in the same window: the same release, nothing more spent
        JsonObject again = Api.get(token("worker2"), "/stats").json();
        assertThat(again.getJsonObject("queries")).isEqualTo(queries);
        assertThat(again.getJsonObject("budget").getJsonNumber("epsilonSpent").doubleValue()).isEqualTo(spent);
    }

    private static boolean granted(JsonObject consents, String purpose) {
        return consents.getJsonArray("consents").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("purpose").equals(purpose)).findFirst().orElseThrow().getBoolean("granted");
    }

    private static String postTask(String title, String skill) {
        Api.Reply reply = Api.post(token(REQUESTER), "/tasks", taskJson(title, 1, "PT1H", skill));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("id");
    }

    private static JsonObject assignmentFor(String worker, String taskId) {
        Api.Reply mine = Api.get(token(worker), "/me/assignments");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        JsonObject assignment = Api.eventually(() -> assignmentOf(worker, taskId), a -> a != null, Duration.ofSeconds(20));
        assertThat(assignment).as("assignment of " + worker + " on " + taskId).isNotNull();
        return assignment;
    }

    private static JsonObject reviewItem(String submissionId) {
        JsonObject item = Api.eventually(() -> Api.get(token(REVIEWER), "/reviews").array()
                        .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("id").equals(submissionId))
                        .findFirst().orElse(null), r -> r != null, Duration.ofSeconds(20));
        assertThat(item).as("submission " + submissionId + " in the review queue").isNotNull();
        return item;
    }

    @Test
    void anAdminSeesWhichMasterKeyWrapsTheDataKeysAndRewrapsThoseItDoesNotRecord() throws SQLException {
        // every person who stored personal data so far has a data key; make one, to be sure there is one
        Api.put(token("worker3"), "/me/profile", "{\"skills\": [\"text\"]}");
        int forgotten = forgetWhichMasterKeyWrapsTheKeys();

        Api.Reply rewrap = Api.post(token(ADMIN), "/admin/crypto/rewrap", "");
        assertThat(rewrap.status()).as(rewrap.body()).isEqualTo(200);
        JsonObject outcome = rewrap.json();
        assertThat(outcome.getInt("rewrapped")).isGreaterThanOrEqualTo(forgotten);
        assertThat(outcome.getInt("unreadable")).isZero();

        JsonObject status = Api.get(token(ADMIN), "/admin/crypto/master-keys").json();
        String current = status.getString("current");
        assertThat(current).matches("[0-9a-f]{16}");
        assertThat(status.getJsonNumber("notYetRewrapped").longValue()).isZero();
        assertThat(status.getJsonObject("keysByMasterKey").keySet()).containsExactly(current);
        assertThat(status.getJsonObject("keysByMasterKey").getJsonNumber(current).longValue()).isPositive();
    }

    /** On PostgreSQL, as if the keys had been wrapped before fingerprints were stored; the count changed. */
    private static int forgetWhichMasterKeyWrapsTheKeys() throws SQLException {
        String url = System.getProperty("crowdflow.test.db.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return 0;
        }
        try (Connection db = DriverManager.getConnection(url, System.getProperty("crowdflow.test.db.user"),
                System.getProperty("crowdflow.test.db.password"))) {
            return db.createStatement().executeUpdate("update cf_data_key set master_key = null where wrapped_key is not null");
        }
    }

    /** The stored answer column, when the test can reach the database (PostgreSQL; H2 lives in the server). */
    private static java.util.Optional<String> storedAnswer(String submissionId) throws SQLException {
        String url = System.getProperty("crowdflow.test.db.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return java.util.Optional.empty();
        }
        try (Connection db = DriverManager.getConnection(url, System.getProperty("crowdflow.test.db.user"),
                System.getProperty("crowdflow.test.db.password"));
             PreparedStatement s = db.prepareStatement("select answer_json from cf_submission where id = ?")) {
            s.setString(1, submissionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }
}
