package io.crowdflow.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, item 1 on the real server: the Mahout recommender learns from reviewed work which task types
 * suit a worker, and ranks that worker's eligible open tasks by it; a worker who withdrew consent to
 * {@code recommendations} gets the popularity ranking, and each answer says why.
 * Both workers are at capacity when the open tasks are posted, so those tasks stay open for them to see
 * (a worker with room would be given a slot at once by push assignment).
 */
class RecommendationsIT extends PlatformIT {

    private static final int CAPACITY = 5;

    @Test
    void aWorkerWhoseWorkOfOneTypeWasAcceptedSeesThatTypeFirstAndAWorkerWithoutConsentGetsPopularity() {
        fund(REQUESTER, "100.00");
        // governance knows a fixed list of types; no other IT uses these two (labeling is theirs)
        String typeA = "content-moderation";
        String typeB = "other";
        String worker = KeycloakUsers.newWorker("rec");
        String skill = skillFor(worker);

        // the worker's history: type A accepted, type B rejected
        for (int round = 0; round < 2; round++) {
            review(worker, post(typeA, skill), "accept");
            review(worker, post(typeB, skill), "reject");
        }
        // fill the worker's capacity with (never reviewed) labeling tasks
        for (int i = 0; i < CAPACITY; i++) {
            slotOf(worker, post("labeling", skill));
        }
        // a second worker, without consent to recommendations, also at capacity
        String other = KeycloakUsers.newWorker("recnc");
        Api.Reply withdrawn = Api.put(token(other), "/me/consents/recommendations", "{\"granted\": false}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().getJsonArray("consents").getValuesAs(JsonObject.class))
                .as("the withdrawal is stored: " + withdrawn.body())
                .anySatisfy(c -> {
                    assertThat(c.getString("purpose")).isEqualTo("recommendations");
                    assertThat(c.getBoolean("granted")).isFalse();
                });
        assertThat(withdrawn.json().getJsonArray("history")).as(withdrawn.body()).hasSize(1);
        String otherSkill = skillFor(other);
        for (int i = 0; i < CAPACITY; i++) {
            slotOf(other, post("labeling", otherSkill));
        }
        Api.Reply skills = Api.put(token(other), "/me/profile", "{\"skills\": [\"" + otherSkill + "\", \"" + skill + "\"]}");
        assertThat(skills.status()).as(skills.body()).isEqualTo(200);

        Api.Reply rebuilt = Api.post(token(ADMIN), "/admin/recommendations/rebuild", "{}");
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().getString("variant")).isEqualTo("item-based");
        assertThat(rebuilt.json().getInt("taskTypes")).isGreaterThanOrEqualTo(2);

        // open tasks of both types, B posted last (newest first would put it on top without the recommender)
        String openA = post(typeA, skill);
        String openB = post(typeB, skill);
        assertThat(assignmentOf(worker, openA)).as("at capacity: no slot for the worker").isNull();

        List<JsonObject> mine = recommendationsOf(worker, Set.of(openA, openB));
        assertThat(mine).extracting(r -> r.getString("taskId")).containsExactly(openA, openB);
        assertThat(mine.get(0).getJsonNumber("score").doubleValue())
                .isGreaterThan(mine.get(1).getJsonNumber("score").doubleValue());
        assertThat(mine.get(0).getBoolean("personalised")).isTrue();
        assertThat(mine.get(0).getString("why")).startsWith("mahout item-based estimate");

        List<JsonObject> theirs = recommendationsOf(other, Set.of(openA, openB));
        assertThat(theirs).extracting(r -> r.getString("taskId")).containsExactly(openA, openB);
        assertThat(theirs).allSatisfy(r -> {
            assertThat(r.getBoolean("personalised")).isFalse();
            assertThat(r.getString("why")).startsWith("popular among workers")
                    .contains("not personalised: no consent to recommendations");
        });
        assertThat(theirs.get(0).getString("why")).startsWith("popular among workers: 1 with accepted work");
    }

    private static List<JsonObject> recommendationsOf(String worker, Set<String> taskIds) {
        Api.Reply reply = Api.get(token(worker), "/me/recommendations");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(r -> taskIds.contains(r.getString("taskId"))).toList();
    }

    private static String post(String type, String skill) {
        String json = taskJson("Recommend " + type, 1, "PT1H", skill).replace("\"labeling\"", "\"" + type + "\"");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", json);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().getString("id");
    }

    private static JsonObject slotOf(String worker, String taskId) {
        JsonObject assignment = Api.eventually(() -> assignmentOf(worker, taskId), a -> a != null, Duration.ofSeconds(20));
        assertThat(assignment).as(worker + " has a slot of " + taskId).isNotNull();
        return assignment;
    }

    private static void review(String worker, String taskId, String decision) {
        JsonObject assignment = slotOf(worker, taskId);
        Api.Reply submitted = Api.post(token(worker), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": {\"by\": \"" + worker + "\"}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonObject review = Api.eventually(() -> Api.get(token(REVIEWER), "/reviews").array()
                        .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("taskId").equals(taskId))
                        .findFirst().orElse(null), r -> r != null, Duration.ofSeconds(20));
        assertThat(review).as("review of " + taskId).isNotNull();
        Api.Reply decided = Api.post(token(REVIEWER), "/reviews/" + review.getString("id") + "/decision",
                "{\"decision\": \"" + decision + "\", \"reason\": \"checked\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }
}
