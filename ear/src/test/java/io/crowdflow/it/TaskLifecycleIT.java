package io.crowdflow.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's whole life through the HTTP API, on WildFly with Camunda, Keycloak's tokens and the database. */
class TaskLifecycleIT extends PlatformIT {

    @Test
    void taskTravelsFromPostingThroughReviewAndPaymentToArchival() {
        fund(REQUESTER, "100.00");
        String skill = skillFor("worker1", "worker2");

        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Label 3 images", 2, "PT1H", skill),
                "lifecycle-" + skill);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");
        assertThat(posted.json().getString("status")).isEqualTo("open");
        assertThat(posted.json().getString("processInstanceId")).isNotBlank();
        assertThat(posted.header("Location")).endsWith("/tasks/" + taskId);

        // both eligible workers got one slot each, and each can see why
        JsonObject first = assignmentOf("worker1", taskId);
        JsonObject second = assignmentOf("worker2", taskId);
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(first.getString("why")).contains("policy linucb/2").contains("exploration bonus")
                .contains("model version n=");

        submit("worker1", first, "{\"cat\": true}");
        submit("worker2", second, "{\"cat\": false}");

        // the reviewer sees both submissions and decides them
        List<JsonObject> queue = reviewQueueFor(taskId);
        assertThat(queue).hasSize(2);
        String acceptedId = submissionOf(queue, "true");
        String rejectedId = submissionOf(queue, "false");
        decide(acceptedId, "accept", "there is a cat");
        decide(rejectedId, "reject", "the image shows a cat");

        // paid, refunded, then archived when the (test-short) retention ends
        JsonObject archived = Api.eventually(() -> task(REQUESTER, taskId),
                t -> t.getString("status").equals("archived"), Duration.ofSeconds(60));
        assertThat(archived.getString("status")).isEqualTo("archived");
        assertThat(eventTypes(archived)).containsSubsequence("posted", "governance_approved", "escrow_held",
                "assigned", "assigned", "submitted", "submitted", "review_opened", "worker_paid",
                "requester_refunded", "fee_charged", "retention_planned", "archived");
        assertThat(archived.containsKey("instructions")).as("content left the working tables").isFalse();
        archived.getJsonArray("events").getValuesAs(JsonObject.class)
                .forEach(e -> assertThat(e.getString("reason")).as(e.getString("type")).isNotBlank());

        assertThat(postingsOfTask("worker1", taskId)).containsExactly("in 0.50");
        assertThat(postingsOfTask("worker2", taskId)).isEmpty();
        assertThat(postingsOfTask(REQUESTER, taskId)).containsExactlyInAnyOrder("out 1.10", "in 0.50");
    }

    @Test
    void expiredDeadlineSendsTheWorkToAnotherWorker() {
        fund(REQUESTER, "10.00");
        String skill = skillFor("worker1", "worker3");

        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Quick one", 1, "PT2S", skill));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");
        long observationsBefore = observationsLearned();
        String firstWorker = Stream.of("worker1", "worker3")
                .filter(w -> assignmentOf(w, taskId) != null).findFirst().orElseThrow();
        String otherWorker = firstWorker.equals("worker1") ? "worker3" : "worker1";

        JsonObject reassigned = Api.eventually(() -> assignmentOf(otherWorker, taskId), Objects::nonNull,
                Duration.ofSeconds(60));
        assertThat(reassigned).as("the slot went to " + otherWorker + " after the deadline").isNotNull();
        assertThat(assignmentOf(firstWorker, taskId)).isNull();
        assertThat(eventTypes(task(REQUESTER, taskId))).containsSubsequence("assigned", "assignment_expired",
                "assigned");
        // the expiry was learned (reward 0) by the transaction that expired the assignment and gave the slot away:
        // the learning query saw that transaction's own pending expiry
        assertThat(observationsLearned()).as("observations after the expiry").isEqualTo(observationsBefore + 1);

        // the late worker can no longer submit; the new one can
        submit(otherWorker, reassigned, "{\"cat\": true}");
    }

    /** How many outcomes the assignment policy has learned so far (the learning curve's model version). */
    private static long observationsLearned() {
        Api.Reply curve = Api.get(token(ADMIN), "/admin/policy/learning-curve?days=2&bucket=hour");
        assertThat(curve.status()).as(curve.body()).isEqualTo(200);
        return curve.json().getJsonArray("observations").getValuesAs(JsonObject.class).stream()
                .mapToLong(o -> o.getJsonNumber("modelVersion").longValue()).max().orElse(0);
    }

    private static void submit(String worker, JsonObject assignment, String answer) {
        Api.Reply reply = Api.post(token(worker), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": " + answer + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private static List<JsonObject> reviewQueueFor(String taskId) {
        Api.Reply reply = Api.get(token(REVIEWER), "/reviews");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("taskId").equals(taskId)).toList();
    }

    private static String submissionOf(List<JsonObject> queue, String catAnswer) {
        return queue.stream().filter(r -> r.getJsonObject("answer").get("cat").toString().equals(catAnswer))
                .findFirst().orElseThrow().getString("id");
    }

    private static void decide(String submissionId, String decision, String reason) {
        Api.Reply reply = Api.post(token(REVIEWER), "/reviews/" + submissionId + "/decision",
                "{\"decision\": \"" + decision + "\", \"reason\": \"" + reason + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static List<String> postingsOfTask(String person, String taskId) {
        return Api.get(token(person), "/me/account").json().getJsonArray("entries").getValuesAs(JsonObject.class)
                .stream().filter(e -> taskId.equals(e.getString("taskId", null)))
                .map(e -> e.getString("direction") + " " + e.getString("amount")).toList();
    }
}
