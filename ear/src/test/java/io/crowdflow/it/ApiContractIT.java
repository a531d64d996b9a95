package io.crowdflow.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What clients can rely on: authentication, roles, problem details, idempotency, nothing half-written. */
class ApiContractIT extends PlatformIT {

    @Test
    void callWithoutATokenIsUnauthorized() {
        assertThat(Api.get(null, "/me/assignments").status()).isEqualTo(401);
    }

    @Test
    void tokenIssuedForAnotherAudienceIsRefused() {
        String foreign = Keycloak.token("crowdflow-other", REQUESTER);
        assertThat(Api.get(foreign, "/tasks").status()).isEqualTo(401);
        assertThat(Api.get(token(REQUESTER), "/tasks").status()).isEqualTo(200);
    }

    @Test
    void tamperedTokenIsRefused() {
        String genuine = token(REQUESTER);
        String tampered = genuine.substring(0, genuine.length() - 4) + (genuine.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(Api.get(tampered, "/tasks").status()).isEqualTo(401);
    }

    @Test
    void workerCannotPostATask() {
        Api.Reply reply = Api.post(token("worker1"), "/tasks", taskJson("Not mine to post", 1, "PT1H", "image"));
        assertThat(reply.status()).isEqualTo(403);
        assertProblem(reply, "forbidden");
    }

    @Test
    void malformedJsonIsAProblemAndCreatesNothing() {
        int before = tasksOf(REQUESTER);
        Api.Reply reply = Api.post(token(REQUESTER), "/tasks", "{\"title\": \"unfinished");
        assertThat(reply.status()).isEqualTo(400);
        assertProblem(reply, "invalid-request");
        assertThat(reply.json().getString("detail")).contains("malformed JSON");
        assertThat(tasksOf(REQUESTER)).isEqualTo(before);
    }

    @Test
    void everyInvalidFieldIsNamedInTheProblem() {
        Api.Reply reply = Api.post(token(REQUESTER), "/tasks", """
                {"title": "", "type": "Labeling!", "reward": {"amount": "0.5000001", "currency": "usd"},
                 "redundancy": 0, "deadline": "one hour", "skills": [3]}""");
        assertThat(reply.status()).isEqualTo(400);
        assertProblem(reply, "invalid-request");
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")))
                .contains("skills[0]");
        Api.Reply typed = Api.post(token(REQUESTER), "/tasks", """
                {"title": "", "type": "Labeling!", "reward": {"amount": "0.5000001", "currency": "usd"},
                 "redundancy": 0, "deadline": "one hour"}""");
        assertThat(typed.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")))
                .containsExactlyInAnyOrder("title", "type", "reward.amount", "reward.currency", "redundancy",
                        "deadline");
    }

    @Test
    void aTaskCarriesTheRegionItWasPostedWithForRetention() {
        fund(REQUESTER, "2.00");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("In Europe", 1, "PT1H", "nobody-eu")
                .replace("\"redundancy\"", "\"region\": \"eu\", \"redundancy\""), UUID.randomUUID().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.json().getString("region")).isEqualTo("EU");
        assertThat(task(REQUESTER, posted.json().getString("id")).getString("region")).isEqualTo("EU");

        Api.Reply bad = Api.post(token(REQUESTER), "/tasks", taskJson("Nowhere", 1, "PT1H", "nobody-eu")
                .replace("\"redundancy\"", "\"region\": \"<b>\", \"redundancy\""));
        assertThat(bad.status()).isEqualTo(400);
        assertProblem(bad, "invalid-request");
        assertThat(bad.body()).contains("region");
    }

    @Test
    void sameIdempotencyKeyTwiceCreatesOneTask() {
        fund(REQUESTER, "10.00");
        String key = UUID.randomUUID().toString();
        String body = taskJson("Once only", 1, "PT1H", "nobody-has-this-" + key.substring(0, 8));
        int before = tasksOf(REQUESTER);
        Api.Reply first = Api.post(token(REQUESTER), "/tasks", body, key);
        Api.Reply second = Api.post(token(REQUESTER), "/tasks", body, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(tasksOf(REQUESTER)).isEqualTo(before + 1);
    }

    @Test
    void idempotencyKeyReusedForAnotherRequestIsRefused() {
        fund(REQUESTER, "10.00");
        String key = UUID.randomUUID().toString();
        assertThat(Api.post(token(REQUESTER), "/tasks", taskJson("First", 1, "PT1H", "x"), key).status())
                .isEqualTo(201);
        Api.Reply reused = Api.post(token(REQUESTER), "/tasks", taskJson("Second", 1, "PT1H", "x"), key);
        assertThat(reused.status()).isEqualTo(422);
        assertProblem(reused, "idempotency-key-reused");
    }

    @Test
    void requesterWithoutFundsIsRefusedAndNothingIsLeftBehind() {
        String poorRequester = REQUESTER2;
        int before = tasksOf(poorRequester);
        Api.Reply reply = Api.post(token(poorRequester), "/tasks",
                taskJson("Too expensive", 10, "PT1H", "image").replace("\"0.50\"", "\"99999.00\""));
        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertProblem(reply, "insufficient-funds");
        assertThat(tasksOf(poorRequester)).isEqualTo(before);
    }

    @Test
    void requesterCannotReadAnotherRequestersTask() {
        fund(REQUESTER, "10.00");
        String taskId = Api.post(token(REQUESTER), "/tasks", taskJson("Private", 1, "PT1H", "x")).json()
                .getString("id");
        Api.Reply reply = Api.get(token(REQUESTER2), "/tasks/" + taskId);
        assertThat(reply.status()).isEqualTo(404);
        assertProblem(reply, "task-not-found");
    }

    @Test
    void taskCarryingACardNumberIsRejectedByGovernanceWithTheRuleNamed() {
        fund(REQUESTER, "10.00");
        Api.Reply reply = Api.post(token(REQUESTER), "/tasks", taskJson("Check card 4111 1111 1111 1111", 1,
                "PT1H", "x"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().getString("status")).isEqualTo("rejected");
        JsonObject task = task(REQUESTER, reply.json().getString("id"));
        assertThat(eventTypes(task)).containsExactly("posted", "governance_rejected");
        assertThat(task.getJsonArray("events").getJsonObject(1).getString("reason"))
                .contains("payment card");
    }

    @Test
    void workerAppearsOnTheirFirstCallAndKeepsTheirSkills() {
        Api.Reply profile = Api.put(token("worker3"), "/me/profile", "{\"skills\": [\"text\", \"Translation\"]}");
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(Api.get(token("worker3"), "/me/profile").json().getJsonArray("skills").toString())
                .isEqualTo("[\"text\",\"translation\"]");
        Api.Reply invalid = Api.put(token("worker3"), "/me/profile", "{\"skills\": [\"no spaces allowed\"]}");
        assertThat(invalid.status()).isEqualTo(400);
        assertProblem(invalid, "invalid-request");
    }

    private static int tasksOf(String requester) {
        return Api.get(token(requester), "/tasks").array().size();
    }

    private static void assertProblem(Api.Reply reply, String slug) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("urn:crowdflow:problem:" + slug);
        assertThat(reply.json().getInt("status")).isEqualTo(reply.status());
    }
}
