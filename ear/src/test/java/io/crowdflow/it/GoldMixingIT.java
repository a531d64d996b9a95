package io.crowdflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Gold items attached by a requester and mixed into workers' assignments at a rate, through the HTTP API on WildFly
 * with real tokens (issue 4, item 2). The test server runs with {@code crowdflow.assignment.minimum-gold-answers=2}
 * (arquillian.xml), so two failed gold items are enough for the eligibility rule. The type is a known one (governance
 * refuses others) that no other scenario posts.
 */
class GoldMixingIT extends PlatformIT {

    @Test
    void goldIsMixedInAtTheTasksRateAWorkerWhoFailsItLosesEligibilityWithTheRuleAndOneWhoPassesKeepsIt() {
        fund(REQUESTER, "100.00");
        String passer = KeycloakUsers.newWorker("goldok");
        String failer = KeycloakUsers.newWorker("goldbad");
        String skill = skillFor(passer, failer);
        // a known type no other scenario uses; this run's items need this run's skill, so earlier runs' items
        // (a database kept between runs) are never mixed in for these workers
        String type = "content-moderation";

        // the requester attaches two gold items to the type; a bad one is refused with a problem and not attached
        String first = attach(type, skill, "g1.png");
        String second = attach(type, skill, "g2.png");
        Api.Reply bad = Api.post(token(REQUESTER), "/gold-items", goldJson(type, skill, "g3.png").replace(
                "\"goldAnswer\": \"cat\"", "\"goldAnswer\": \"  \""));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("goldAnswer");
        assertThat(Api.get(token(REQUESTER), "/gold-items").array().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getJsonArray("skills").getString(0).equals(skill)).map(g -> g.getString("id")))
                .containsExactlyInAnyOrder(first, second);

        // round 1: an ordinary task at rate 1 (one gold item per assignment): each worker also gets the first item
        String round1 = post(ordinaryJson(type, skill, 2, "1"));
        String passGold1 = goldTaskOf(passer, round1);
        String failGold1 = goldTaskOf(failer, round1);
        JsonObject ordinary = task(REQUESTER, round1);
        assertThat(ordinary.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("gold_mixed_in"))).hasSize(2)
                .allSatisfy(e -> assertThat(e.getString("reason"))
                        .contains("due: rate 1.00 gold item(s) per assignment of type " + type)
                        .contains("the worker had 0 gold item(s) with 1 assignment(s) of the type")
                        .contains("mixed in gold item " + first));
        // the gold task's own history says why it exists and why the worker got it; the worker sees ordinary work
        JsonObject gold = task(REQUESTER, passGold1);
        assertThat(gold.getJsonObject("review").getString("goldAnswer")).isEqualTo("cat");
        assertThat(gold.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("assigned"))).singleElement()
                .satisfies(e -> assertThat(e.getString("reason")).contains("gold mixing: reserved for this worker")
                        .contains("rate 1.00"));
        JsonObject seen = assignmentOf(passer, passGold1);
        assertThat(seen.containsKey("goldAnswer")).isFalse();
        assertThat(seen.getString("type")).isEqualTo(type);
        assertThat(seen.getString("why")).doesNotContain("gold").isEqualTo(assignmentOf(passer, round1)
                .getString("why"));

        submit(passer, passGold1, "\"cat\"");
        submit(failer, failGold1, "\"dog\"");
        submit(passer, round1, "\"cat\"");
        submit(failer, round1, "\"cat\"");

        // the known answer decides at once: accepted, or rejected by the gold rule with its name
        assertThat(decisionOf(passer, passGold1).getString("decision")).isEqualTo("accepted");
        JsonObject failed = decisionOf(failer, failGold1);
        assertThat(failed.getString("decision")).isEqualTo("rejected");
        assertThat(failed.getString("decisionReason")).contains("A wrong answer to a gold question fails the gold check");

        // round 2: the second item, which neither has had
        String round2 = post(ordinaryJson(type, skill, 2, "1"));
        String passGold2 = goldTaskOf(passer, round2);
        String failGold2 = goldTaskOf(failer, round2);
        assertThat(List.of(passGold2, failGold2)).doesNotContain(passGold1, failGold1);
        assertThat(task(REQUESTER, round2).getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("gold_mixed_in")))
                .allSatisfy(e -> assertThat(e.getString("reason")).contains("mixed in gold item " + second));
        submit(passer, passGold2, "\"cat\"");
        submit(failer, failGold2, "\"bird\"");

        // reputations with the gold counts behind them
        JsonObject failRep = reputationOn(failer, type);
        JsonObject passRep = reputationOn(passer, type);
        assertThat(failRep.getInt("goldAnswered")).isEqualTo(2);
        assertThat(failRep.getInt("goldCorrect")).isZero();
        assertThat(passRep.getInt("goldAnswered")).isEqualTo(2);
        assertThat(passRep.getInt("goldCorrect")).isEqualTo(2);
        assertThat(passRep.getJsonNumber("estimatedAccuracy").doubleValue())
                .isGreaterThan(failRep.getJsonNumber("estimatedAccuracy").doubleValue());

        // round 3 (no gold this time): the failer is no longer eligible for the type, by the rule; the passer is
        String round3 = post(ordinaryJson(type, skill, 1, "0"));
        assertThat(assignmentOf(failer, round3)).isNull();
        assertThat(assignmentOf(passer, round3)).isNotNull();
        JsonObject third = task(REQUESTER, round3);
        assertThat(third.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("assigned"))).singleElement()
                .satisfies(e -> assertThat(e.getString("reason"))
                        .contains("A worker with low accuracy on the type's gold questions is not eligible"));
        assertThat(eventTypes(third)).doesNotContain("gold_mixed_in");

        // gold answers are paid from the requester's escrow like any slot
        Api.eventually(() -> task(REQUESTER, passGold1), t -> List.of("settled", "archived")
                .contains(t.getString("status")), Duration.ofSeconds(60));
        assertThat(postingsOfTask(passer, passGold1)).containsExactly("in 0.50");
        assertThat(postingsOfTask(REQUESTER, passGold1)).containsExactly("out 0.55");
        assertThat(Api.get(token(REQUESTER), "/gold-items").array().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("id").equals(first))).singleElement().satisfies(g -> {
                    assertThat(g.getInt("mixedIn")).isEqualTo(2);
                    assertThat(g.getInt("answered")).isEqualTo(2);
                    assertThat(g.getInt("correct")).isEqualTo(1);
                });
    }

    @Test
    void aWithdrawnGoldItemIsNeverMixedInAgainWhileTheCopyAlreadyMixedInIsStillJudgedByItsKnownAnswer() {
        fund(REQUESTER, "100.00");
        String worker = KeycloakUsers.newWorker("goldkept");
        String newcomer = KeycloakUsers.newWorker("goldnew");
        String skill = skillFor(worker);
        String type = "content-moderation";

        // attaching checks the type: an unknown type and a known answer that is not one of the labels are refused,
        // each naming its field, and nothing is attached
        Api.Reply unknownType = Api.post(token(REQUESTER), "/gold-items",
                goldJson("cat-pictures", skill, "u.png"));
        assertThat(unknownType.status()).as(unknownType.body()).isEqualTo(400);
        assertThat(unknownType.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fieldsOf(unknownType)).containsExactly("type");
        Api.Reply notALabel = Api.post(token(REQUESTER), "/gold-items", goldJson(type, skill, "f.png")
                .replace("\"goldAnswer\": \"cat\"", "\"goldAnswer\": \"fox\""));
        assertThat(notALabel.status()).as(notALabel.body()).isEqualTo(400);
        assertThat(notALabel.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fieldsOf(notALabel)).containsExactly("goldAnswer");
        assertThat(notALabel.body()).contains("An answer that is not one of the task's labels is rejected as malformed");
        String first = attach(type, skill, "w1.png");
        assertThat(itemsWith(skill)).extracting(g -> g.getString("id")).containsExactly(first);
        assertThat(itemsWith(skill).get(0).getString("state")).isEqualTo("active");

        // the item is mixed into the worker's first assignment of the type
        String round1 = post(ordinaryJson(type, skill, 1, "1"));
        String mixedGold = goldTaskOf(worker, round1);

        // only its requester (or an admin) may withdraw it, with a reason; a retry with the same key answers the
        // first result, a second withdrawal is a conflict
        String path = "/gold-items/" + first + "/withdrawal";
        Api.Reply stranger = Api.post(token(REQUESTER2), path, "{\"reason\": \"not mine\"}");
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(404);
        assertThat(stranger.body()).contains("gold-item-not-found");
        assertThat(Api.get(token(REQUESTER2), "/gold-items/" + first).status()).isEqualTo(404);
        Api.Reply byWorker = Api.post(token(worker), path, "{\"reason\": \"I know the answer\"}");
        assertThat(byWorker.status()).as(byWorker.body()).isEqualTo(403);
        assertThat(byWorker.header("Content-Type")).startsWith("application/problem+json");
        Api.Reply noReason = Api.post(token(REQUESTER), path, "{}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(fieldsOf(noReason)).containsExactly("reason");
        assertThat(itemsWith(skill).get(0).getString("state")).isEqualTo("active");

        String key = "withdraw-" + UUID.randomUUID();
        Api.Reply withdrawn = Api.post(token(REQUESTER), path, "{\"reason\": \"the picture is ambiguous\"}", key);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(withdrawn.json().getString("state")).isEqualTo("withdrawn");
        assertThat(withdrawn.json().getString("withdrawnBy")).isEqualTo(subject(REQUESTER));
        assertThat(withdrawn.json().getString("withdrawalReason")).isEqualTo("the picture is ambiguous");
        Api.Reply retried = Api.post(token(REQUESTER), path, "{\"reason\": \"the picture is ambiguous\"}", key);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().getString("withdrawnAt")).isEqualTo(withdrawn.json().getString("withdrawnAt"));
        Api.Reply again = Api.post(token(REQUESTER), path, "{\"reason\": \"once more\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.body()).contains("gold-item-withdrawn");

        // the copy already mixed in stays the worker's work and is judged by the known answer
        submit(worker, mixedGold, "\"dog\"");
        submit(worker, round1, "\"cat\"");
        JsonObject judged = decisionOf(worker, mixedGold);
        assertThat(judged.getString("decision")).isEqualTo("rejected");
        assertThat(judged.getString("decisionReason")).contains("A wrong answer to a gold question fails the gold check");

        // a newer item is mixed in from now on, never the withdrawn one, even for a worker who never had it
        String second = attach(type, skill, "w2.png");
        Api.Reply joined = Api.put(token(newcomer), "/me/profile", "{\"skills\": [\"" + skill + "\"]}");
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        String round2 = post(ordinaryJson(type, skill, 2, "1"));
        goldTaskOf(worker, round2);
        goldTaskOf(newcomer, round2);
        assertThat(task(REQUESTER, round2).getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("gold_mixed_in"))).hasSize(2)
                .allSatisfy(e -> assertThat(e.getString("reason")).contains("mixed in gold item " + second)
                        .doesNotContain(first));

        // the listing shows each item's state, and the withdrawn one what it was used for
        JsonObject listed = itemsWith(skill).stream().filter(g -> g.getString("id").equals(first)).findFirst()
                .orElseThrow();
        assertThat(listed.getString("state")).isEqualTo("withdrawn");
        assertThat(listed.getString("withdrawalReason")).isEqualTo("the picture is ambiguous");
        assertThat(listed.getInt("mixedIn")).isEqualTo(1);
        assertThat(listed.getInt("answered")).isEqualTo(1);
        assertThat(listed.getInt("correct")).isZero();

        // an admin reads and withdraws any item, without seeing its content, and is recorded as the one who did
        Api.Reply adminRead = Api.get(token(ADMIN), "/gold-items/" + first);
        assertThat(adminRead.status()).as(adminRead.body()).isEqualTo(200);
        assertThat(adminRead.json().getBoolean("contentRedacted")).isTrue();
        assertThat(adminRead.json().containsKey("goldAnswer")).isFalse();
        assertThat(adminRead.json().containsKey("title")).isFalse();
        Api.Reply byAdmin = Api.post(token(ADMIN), "/gold-items/" + second + "/withdrawal",
                "{\"reason\": \"reported by a worker as misleading\"}");
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
        assertThat(itemsWith(skill)).filteredOn(g -> g.getString("id").equals(second)).singleElement()
                .satisfies(g -> {
                    assertThat(g.getString("state")).isEqualTo("withdrawn");
                    assertThat(g.getString("withdrawnBy")).isEqualTo(subject(ADMIN));
                });
    }

    private static List<JsonObject> itemsWith(String skill) {
        return Api.get(token(REQUESTER), "/gold-items").array().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getJsonArray("skills").getString(0).equals(skill)).toList();
    }

    private static List<String> fieldsOf(Api.Reply problem) {
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static String attach(String type, String skill, String image) {
        Api.Reply reply = Api.post(token(REQUESTER), "/gold-items", goldJson(type, skill, image));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().getString("goldAnswer")).isEqualTo("cat");
        return reply.json().getString("id");
    }

    private static String goldJson(String type, String skill, String image) {
        return """
                {"title": "Cat or dog?", "instructions": "Answer cat or dog.", "type": "%s",
                 "reward": {"amount": "0.50", "currency": "USD"}, "deadline": "PT1H", "skills": ["%s"],
                 "input": {"items": ["%s"], "labels": ["cat", "dog", "bird"]}, "goldAnswer": "cat"}"""
                .formatted(type, skill, image);
    }

    private static String ordinaryJson(String type, String skill, int redundancy, String goldRate) {
        return """
                {"title": "Cat or dog?", "instructions": "Answer cat or dog.", "type": "%s",
                 "reward": {"amount": "0.50", "currency": "USD"}, "redundancy": %d, "deadline": "PT1H",
                 "skills": ["%s"], "input": {"items": ["o.png"], "labels": ["cat", "dog", "bird"]},
                 "goldRate": %s}""".formatted(type, redundancy, skill, goldRate);
    }

    private static String post(String json) {
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", json, "gold-" + UUID.randomUUID());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().getString("id");
    }

    /**
     * The worker's other open assignment of the ordinary task's type: the gold item mixed in with it (the test knows
     * the worker answered everything else of the type; the worker could not tell).
     */
    private static String goldTaskOf(String worker, String ordinaryTaskId) {
        JsonObject with = assignmentOf(worker, ordinaryTaskId);
        assertThat(with).as(worker + " has a slot of " + ordinaryTaskId).isNotNull();
        return Api.get(token(worker), "/me/assignments").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("type").equals(with.getString("type")))
                .filter(a -> !a.getString("taskId").equals(ordinaryTaskId))
                .map(a -> a.getString("taskId")).findFirst()
                .orElseThrow(() -> new AssertionError(worker + " got no gold item with " + ordinaryTaskId));
    }

    private static void submit(String worker, String taskId, String answer) {
        JsonObject assignment = assignmentOf(worker, taskId);
        assertThat(assignment).as(worker + " has a slot of " + taskId).isNotNull();
        Api.Reply reply = Api.post(token(worker), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": " + answer + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private static JsonObject decisionOf(String worker, String taskId) {
        return Api.get(token(worker), "/me/submissions").array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("taskId").equals(taskId)).findFirst().orElseThrow();
    }

    private static JsonObject reputationOn(String worker, String type) {
        return Api.get(token(worker), "/me/reputation").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("taskType").equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError(worker + " has no reputation on " + type));
    }

    private static List<String> postingsOfTask(String person, String taskId) {
        return Api.get(token(person), "/me/account").json().getJsonArray("entries").getValuesAs(JsonObject.class)
                .stream().filter(e -> taskId.equals(e.getString("taskId", null)))
                .map(e -> e.getString("direction") + " " + e.getString("amount")).toList();
    }
}
