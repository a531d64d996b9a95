package io.crowdflow.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The default policy (LinUCB) learns from review outcomes through the HTTP API, with real tokens. */
class AssignmentLearningIT extends PlatformIT {

    @Test
    void afterASeriesOfReviewedTasksThePolicyPrefersTheWorkerWhoseWorkWasAccepted() {
        fund(REQUESTER, "100.00");
        String skill = skillFor("worker1", "worker2");

        // both workers get a slot of each task; worker1's work is accepted, worker2's rejected
        for (int round = 0; round < 6; round++) {
            String taskId = post(2, skill);
            submit("worker1", assignmentOf("worker1", taskId));
            submit("worker2", assignmentOf("worker2", taskId));
            for (JsonObject review : reviewQueueFor(taskId)) {
                boolean byWorker1 = review.getJsonObject("answer").getString("by").equals("worker1");
                decide(review.getString("id"), byWorker1 ? "accept" : "reject", byWorker1 ? "right" : "wrong");
            }
        }

        // now single slots go to worker1, again and again (round-robin would alternate)
        for (int round = 0; round < 3; round++) {
            String taskId = post(1, skill);
            JsonObject assignment = assignmentOf("worker1", taskId);
            assertThat(assignment).as("round " + round + ": the slot went to worker1").isNotNull();
            assertThat(assignmentOf("worker2", taskId)).isNull();
            assertThat(assignment.getString("why")).startsWith("policy linucb/2: highest score")
                    .contains("among 2 eligible").containsPattern("model version n=[1-9]");
            submit("worker1", assignment);
            decide(reviewQueueFor(taskId).get(0).getString("id"), "accept", "right");
        }
    }

    private static String post(int redundancy, String skill) {
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Learning " + skill, redundancy, "PT1H", skill));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().getString("id");
    }

    private static void submit(String worker, JsonObject assignment) {
        assertThat(assignment).as(worker + " has an assignment").isNotNull();
        Api.Reply reply = Api.post(token(worker), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": {\"by\": \"" + worker + "\"}}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private static List<JsonObject> reviewQueueFor(String taskId) {
        Api.Reply reply = Api.get(token(REVIEWER), "/reviews");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("taskId").equals(taskId)).toList();
    }

    private static void decide(String submissionId, String decision, String reason) {
        Api.Reply reply = Api.post(token(REVIEWER), "/reviews/" + submissionId + "/decision",
                "{\"decision\": \"" + decision + "\", \"reason\": \"" + reason + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }
}
