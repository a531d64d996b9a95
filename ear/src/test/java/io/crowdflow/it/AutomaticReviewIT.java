package io.crowdflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Review decided by rules and aggregation, through the HTTP API on WildFly (issue 4). The test server runs with
 * {@code crowdflow.review.minimum-work-time=PT0S} (arquillian.xml), since its workers answer within milliseconds.
 */
class AutomaticReviewIT extends PlatformIT {

    @Test
    void twoOfThreeAgreeingWorkersArePaidAutomaticallyAndTheOutlierIsRejectedWithAReason() {
        fund(REQUESTER, "100.00");
        String skill = skillFor("worker1", "worker2", "worker3");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Cat or dog", 3, "PT1H", skill),
                "auto-review-" + skill);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");

        submit("worker1", taskId, "\"cat\"");
        submit("worker2", taskId, "{\"label\": \"cat\"}");
        submit("worker3", taskId, "\"dog\"");

        JsonObject settled = Api.eventually(() -> task(REQUESTER, taskId),
                t -> List.of("settled", "archived").contains(t.getString("status")), Duration.ofSeconds(30));
        List<JsonObject> events = settled.getJsonArray("events").getValuesAs(JsonObject.class);
        assertThat(eventTypes(settled)).containsSubsequence("review_opened", "worker_paid", "worker_paid",
                "requester_refunded", "fee_charged");
        assertThat(events.stream().filter(e -> e.getString("type").equals("submission_accepted")))
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.containsKey("actor") && !e.isNull("actor")).as("decided by the platform").isFalse();
                    assertThat(e.getString("reason")).contains("accepted automatically: agrees with the"
                            + " aggregated answer: majority-vote gives 'cat' with confidence 0.67 (2 of 3 answers)");
                });
        assertThat(events.stream().filter(e -> e.getString("type").equals("submission_rejected")))
                .singleElement().satisfies(e -> assertThat(e.getString("reason"))
                        .contains("rejected automatically: differs from the aggregated answer")
                        .contains("review rules fired: none"));
        assertThat(reviewQueueHas(taskId)).as("nothing left for a human").isFalse();

        assertThat(postingsOfTask("worker1", taskId)).containsExactly("in 0.50");
        assertThat(postingsOfTask("worker2", taskId)).containsExactly("in 0.50");
        assertThat(postingsOfTask("worker3", taskId)).isEmpty();
        assertThat(postingsOfTask(REQUESTER, taskId)).containsExactlyInAnyOrder("out 1.65", "in 0.50");
    }

    @Test
    void answersWithoutALabelStillGoToTheHumanReviewer() {
        fund(REQUESTER, "100.00");
        String skill = skillFor("worker1", "worker2", "worker3");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Describe it", 3, "PT1H", skill),
                "auto-review-free-" + skill);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");

        submit("worker1", taskId, "{\"cat\": true}");
        submit("worker2", taskId, "{\"cat\": true}");
        submit("worker3", taskId, "{\"cat\": false}");

        assertThat(task(REQUESTER, taskId).getString("status")).isEqualTo("in_review");
        assertThat(Api.get(token(REVIEWER), "/reviews").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("taskId").equals(taskId))).hasSize(3);
    }

    private static void submit(String worker, String taskId, String answer) {
        JsonObject assignment = assignmentOf(worker, taskId);
        assertThat(assignment).as(worker + " has a slot").isNotNull();
        Api.Reply reply = Api.post(token(worker), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": " + answer + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private static boolean reviewQueueHas(String taskId) {
        return Api.get(token(REVIEWER), "/reviews").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("taskId").equals(taskId));
    }

    private static List<String> postingsOfTask(String person, String taskId) {
        return Api.get(token(person), "/me/account").json().getJsonArray("entries").getValuesAs(JsonObject.class)
                .stream().filter(e -> taskId.equals(e.getString("taskId", null)))
                .map(e -> e.getString("direction") + " " + e.getString("amount")).toList();
    }
}
