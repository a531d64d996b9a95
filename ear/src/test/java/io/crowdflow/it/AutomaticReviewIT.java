package io.crowdflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Review decided by rules and aggregation, and disputes, through the HTTP API on WildFly (issue 4). The test server
 * runs with {@code crowdflow.review.minimum-work-time=PT0S} (its workers answer within milliseconds) and
 * {@code crowdflow.review.dispute-window=PT20S} (arquillian.xml).
 */
class AutomaticReviewIT extends PlatformIT {

    @Test
    void twoAgreeAreAcceptedAutomaticallyTheOutlierIsRejectedDisputesAndASecondReviewerDecides() {
        fund(REQUESTER, "100.00");
        String skill = skillFor("worker1", "worker2", "worker3");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Cat or dog", 3, "PT1H", skill),
                "auto-review-" + skill);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");

        submit("worker1", taskId, "\"cat\"");
        submit("worker2", taskId, "{\"label\": \"cat\"}");
        String outlier = submit("worker3", taskId, "\"dog\"");

        // decided without a human: two accepted, the outlier rejected with the reason; nothing in the review queue
        JsonObject reviewed = task(REQUESTER, taskId);
        List<JsonObject> events = reviewed.getJsonArray("events").getValuesAs(JsonObject.class);
        assertThat(events.stream().filter(e -> e.getString("type").equals("submission_accepted")))
                .hasSize(2).allSatisfy(e -> {
                    assertThat(!e.containsKey("actor") || e.isNull("actor")).as("decided by the platform").isTrue();
                    assertThat(e.getString("reason")).contains("accepted automatically: agrees with the"
                            + " aggregated answer: majority-vote gives 'cat' with confidence 0.67 (2 of 3 answers)");
                });
        assertThat(events.stream().filter(e -> e.getString("type").equals("submission_rejected")))
                .singleElement().satisfies(e -> assertThat(e.getString("reason"))
                        .contains("submission " + outlier + " rejected automatically: differs from the aggregated"
                                + " answer: majority-vote gives 'cat'")
                        .contains("review rules fired: none"));
        assertThat(reviewQueueHas(taskId)).as("nothing left for a human").isFalse();

        // the outlier disputes, once
        Api.Reply disputed = Api.post(token("worker3"), "/submissions/" + outlier + "/dispute",
                "{\"reason\": \"the animal in a.png is a dog\"}");
        assertThat(disputed.status()).as(disputed.body()).isEqualTo(201);
        String disputeId = disputed.json().getString("id");
        assertThat(Api.post(token("worker3"), "/submissions/" + outlier + "/dispute",
                "{\"reason\": \"again\"}").status()).isEqualTo(409);
        assertThat(Api.post(token("worker1"), "/submissions/" + outlier + "/dispute",
                "{\"reason\": \"not mine\"}").status()).isEqualTo(404);

        // a reviewer decides: upheld, so worker3 is paid too; the decision is final
        JsonObject queued = Api.get(token(REVIEWER), "/disputes").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("id").equals(disputeId)).findFirst().orElseThrow();
        assertThat(queued.getString("rejectionReason")).startsWith("decided automatically: differs from");
        assertThat(queued.getString("disputeReason")).isEqualTo("the animal in a.png is a dog");
        Api.Reply decided = Api.post(token(REVIEWER), "/disputes/" + disputeId + "/decision",
                "{\"decision\": \"accept\", \"reason\": \"it is a dog indeed\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().getString("decision")).isEqualTo("upheld");
        assertThat(Api.post(token("reviewer2"), "/disputes/" + disputeId + "/decision",
                "{\"decision\": \"reject\", \"reason\": \"no\"}").status()).isEqualTo(409);

        JsonObject settled = Api.eventually(() -> task(REQUESTER, taskId),
                t -> List.of("settled", "archived").contains(t.getString("status")), Duration.ofSeconds(60));
        assertThat(eventTypes(settled)).containsSubsequence("review_opened", "submission_accepted",
                "submission_accepted", "submission_rejected", "dispute_filed", "dispute_upheld", "worker_paid",
                "worker_paid", "worker_paid", "fee_charged");
        assertThat(postingsOfTask("worker1", taskId)).containsExactly("in 0.50");
        assertThat(postingsOfTask("worker2", taskId)).containsExactly("in 0.50");
        assertThat(postingsOfTask("worker3", taskId)).containsExactly("in 0.50");
        assertThat(postingsOfTask(REQUESTER, taskId)).containsExactly("out 1.65");
    }

    @Test
    void theRequesterReadsTheStoredAggregatedAnswerAndEveryAnswerWithItsDecisionButNoWorkersAccountId() {
        fund(REQUESTER, "100.00");
        String skill = skillFor("worker1", "worker2", "worker3");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Results", 3, "PT1H", skill));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");
        String path = "/tasks/" + taskId + "/results";

        Api.Reply before = Api.get(token(REQUESTER), path);
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(!before.json().containsKey("aggregated") || before.json().isNull("aggregated"))
                .as("not reviewed yet: nothing aggregated").isTrue();
        assertThat(before.json().getJsonArray("submissions")).isEmpty();

        String first = submit("worker1", taskId, "\"cat\"");
        submit("worker2", taskId, "{\"label\": \"cat\"}");
        String outlier = submit("worker3", taskId, "\"<b>dog</b>\"");

        Api.Reply read = Api.get(token(REQUESTER), path);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonObject results = read.json();
        assertThat(results.getString("taskId")).isEqualTo(taskId);
        JsonObject aggregated = results.getJsonObject("aggregated");
        assertThat(aggregated.getString("method")).isEqualTo("majority-vote");
        assertThat(aggregated.getString("label")).isEqualTo("cat");
        assertThat(aggregated.getJsonNumber("confidence").doubleValue()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(aggregated.getBoolean("confident")).isTrue();
        assertThat(aggregated.getBoolean("tied")).isFalse();
        assertThat(aggregated.getInt("answers")).isEqualTo(3);
        assertThat(aggregated.getInt("agreeing")).isEqualTo(2);
        assertThat(aggregated.getJsonNumber("targetConfidence").doubleValue()).isEqualTo(0.66);
        assertThat(aggregated.getString("evidence"))
                .isEqualTo("majority-vote gives 'cat' with confidence 0.67 (2 of 3 answers)");
        List<JsonObject> answers = results.getJsonArray("submissions").getValuesAs(JsonObject.class);
        assertThat(answers).hasSize(3).allSatisfy(a -> {
            assertThat(a.getString("worker")).matches("p-[0-9a-f]{16}");
            assertThat(a.getString("decidedBy")).isEqualTo("platform");
        });
        assertThat(answers.get(0).getString("id")).isEqualTo(first);
        assertThat(answers.get(0).getString("decision")).isEqualTo("accepted");
        assertThat(answers.get(0).getString("answer")).isEqualTo("cat");
        assertThat(answers.get(1).getString("label")).isEqualTo("cat");
        JsonObject rejected = answers.get(2);
        assertThat(rejected.getString("id")).isEqualTo(outlier);
        assertThat(rejected.getString("decision")).isEqualTo("rejected");
        assertThat(rejected.getString("label")).isEqualTo("<b>dog</b>");
        assertThat(rejected.getString("reason")).startsWith("decided automatically: differs from the aggregated answer");
        assertThat(answers.stream().map(a -> a.getString("worker")).distinct()).hasSize(3);
        for (String worker : List.of("worker1", "worker2", "worker3")) {
            assertThat(read.body()).as("no account id of " + worker).doesNotContain(subject(worker));
        }

        // the dispute's state shows, not the worker's words; an upheld dispute turns the decision
        Api.Reply disputed = Api.post(token("worker3"), "/submissions/" + outlier + "/dispute",
                "{\"reason\": \"bold dogs are dogs\"}");
        assertThat(disputed.status()).as(disputed.body()).isEqualTo(201);
        JsonObject open = Api.get(token(REQUESTER), path).json().getJsonArray("submissions").getJsonObject(2);
        assertThat(open.getString("dispute")).isEqualTo("open");
        assertThat(Api.get(token(REQUESTER), path).body()).doesNotContain("bold dogs are dogs");
        assertThat(Api.post(token(REVIEWER), "/disputes/" + disputed.json().getString("id") + "/decision",
                "{\"decision\": \"accept\", \"reason\": \"a dog in bold\"}").status()).isEqualTo(200);
        JsonObject upheld = Api.get(token(REQUESTER), path).json().getJsonArray("submissions").getJsonObject(2);
        assertThat(upheld.getString("dispute")).isEqualTo("upheld");
        assertThat(upheld.getString("decision")).isEqualTo("accepted");
        assertThat(upheld.getString("decidedBy")).isEqualTo("reviewer");

        // as for the task itself: an admin reads it, another requester is told it does not exist, a worker may not
        assertThat(Api.get(token(ADMIN), path).json().getJsonObject("aggregated").getString("label")).isEqualTo("cat");
        Api.Reply other = Api.get(token(REQUESTER2), path);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("task-not-found").doesNotContain("cat");
        assertThat(Api.get(token("worker1"), path).status()).isEqualTo(403);
        assertThat(Api.get(token(REQUESTER), "/tasks/" + java.util.UUID.randomUUID() + "/results").status())
                .isEqualTo(404);
    }

    @Test
    void aHumanRejectionIsDisputedAndOnlyAnotherReviewerMayDecideAndDismissIt() {
        fund(REQUESTER, "100.00");
        String skill = skillFor("worker1", "worker2");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Cat?", 2, "PT1H", skill),
                "auto-review-human-" + skill);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");
        String yes = submit("worker1", taskId, "\"yes\"");
        String no = submit("worker2", taskId, "\"no\"");

        // a tie of two is never decided automatically
        assertThat(Api.post(token(REVIEWER), "/reviews/" + yes + "/decision",
                "{\"decision\": \"accept\", \"reason\": \"cat\"}").status()).isEqualTo(200);
        assertThat(Api.post(token(REVIEWER), "/reviews/" + no + "/decision",
                "{\"decision\": \"reject\", \"reason\": \"there is a cat\"}").status()).isEqualTo(200);

        Api.Reply disputed = Api.post(token("worker2"), "/submissions/" + no + "/dispute",
                "{\"reason\": \"I see no cat\"}");
        assertThat(disputed.status()).as(disputed.body()).isEqualTo(201);
        String disputeId = disputed.json().getString("id");

        Api.Reply sameReviewer = Api.post(token(REVIEWER), "/disputes/" + disputeId + "/decision",
                "{\"decision\": \"accept\", \"reason\": \"changed my mind\"}");
        assertThat(sameReviewer.status()).as(sameReviewer.body()).isEqualTo(403);
        assertThat(Api.get(token(REVIEWER), "/disputes").array().getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("id"))).doesNotContain(disputeId);
        Api.Reply second = Api.post(token("reviewer2"), "/disputes/" + disputeId + "/decision",
                "{\"decision\": \"reject\", \"reason\": \"the cat is behind the sofa\"}");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().getString("decision")).isEqualTo("dismissed");

        JsonObject settled = Api.eventually(() -> task(REQUESTER, taskId),
                t -> List.of("settled", "archived").contains(t.getString("status")), Duration.ofSeconds(60));
        assertThat(eventTypes(settled)).containsSubsequence("submission_rejected", "dispute_filed",
                "dispute_dismissed", "worker_paid", "requester_refunded");
        assertThat(postingsOfTask("worker2", taskId)).isEmpty();
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

    @Test
    void aLowConfidenceResultGetsOneMoreAssignmentThenTheWorkersSeeTheDecisionsAndTheirReputation() {
        fund(REQUESTER, "100.00");
        List<String> crowd = List.of("worker1", "worker2", "worker3", "worker-reviewer");
        String skill = skillFor(crowd.toArray(String[]::new));
        String json = taskJson("Cat or dog, overlap", 3, "PT1H", skill).replace("\"redundancy\": 3,",
                "\"redundancy\": 3, \"maxAssignments\": 4, \"targetConfidence\": 0.7,"
                        + " \"aggregation\": \"majority-vote\",");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", json, "auto-review-overlap-" + skill);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");
        assertThat(posted.json().getJsonObject("review").getInt("maxAssignments")).isEqualTo(4);

        // three of the four hold a slot; two answer cat, one dog: 2 of 3 = 0.67 is below the task's 0.70
        List<String> first = crowd.stream().filter(w -> assignmentOf(w, taskId) != null).toList();
        assertThat(first).hasSize(3);
        submit(first.get(0), taskId, "\"cat\"");
        submit(first.get(1), taskId, "\"cat\"");
        String outlier = submit(first.get(2), taskId, "\"dog\"");

        JsonObject reopened = task(REQUESTER, taskId);
        assertThat(reopened.getString("status")).isEqualTo("open");
        assertThat(reopened.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("extra_assignment_opened"))).singleElement()
                .satisfies(e -> assertThat(e.getString("reason")).contains("majority-vote gives 'cat' with"
                        + " confidence 0.67 (2 of 3 answers)").contains("one more assignment (4 of at most 4)"));
        String fourth = crowd.stream().filter(w -> !first.contains(w)).findFirst().orElseThrow();
        assertThat(Api.get(token(first.get(2)), "/me/submissions").array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals(outlier))).singleElement()
                .satisfies(m -> assertThat(m.getString("decision")).isEqualTo("pending"));

        // the fourth agrees: 3 of 4 = 0.75 reaches the target, so the platform decides all four
        submit(fourth, taskId, "\"cat\"");

        JsonObject mine = Api.get(token(first.get(2)), "/me/submissions").array().getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("id").equals(outlier)).findFirst().orElseThrow();
        assertThat(mine.getString("decision")).isEqualTo("rejected");
        assertThat(mine.getString("decidedBy")).isEqualTo("platform");
        assertThat(mine.getString("decisionReason")).contains("differs from the aggregated answer: majority-vote"
                + " gives 'cat' with confidence 0.75 (3 of 4 answers)");
        assertThat(mine.getString("taskType")).isEqualTo("labeling");
        assertThat(mine.getBoolean("disputable")).as("the dispute window (PT20S in the tests) is open").isTrue();
        assertThat(Api.get(token(fourth), "/me/submissions").array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("taskId").equals(taskId))).singleElement()
                .satisfies(m -> assertThat(m.getString("decision")).isEqualTo("accepted"))
                .satisfies(m -> assertThat(m.getBoolean("disputable")).isFalse());

        // each of them now has an estimated reputation on the type, with how it was computed
        JsonObject reputation = Api.get(token(fourth), "/me/reputation").array().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("taskType").equals("labeling")).findFirst().orElseThrow();
        assertThat(reputation.getJsonNumber("estimatedAccuracy").doubleValue()).isBetween(0.0, 1.0);
        assertThat(reputation.getString("method")).isEqualTo("dawid-skene");
        assertThat(reputation.getInt("answers")).isPositive();
        assertThat(reputation.getString("explanation")).contains("dawid-skene over the").contains("+ 2) =");

        JsonObject settled = Api.eventually(() -> task(REQUESTER, taskId),
                t -> List.of("settled", "archived").contains(t.getString("status")), Duration.ofSeconds(60));
        assertThat(eventTypes(settled)).containsSubsequence("review_opened", "extra_assignment_opened", "assigned",
                "submitted", "review_opened", "submission_accepted", "worker_paid", "fee_charged");
        assertThat(postingsOfTask(fourth, taskId)).containsExactly("in 0.50");
        assertThat(postingsOfTask(first.get(2), taskId)).isEmpty();
        // four slots escrowed (2.00 + 10 % fee), one rejection refunded, nothing unused
        assertThat(postingsOfTask(REQUESTER, taskId)).containsExactlyInAnyOrder("out 2.20", "in 0.50");
    }

    @Test
    void weightedVoteTrustsThreeAgreeingNewcomersAtEightyPercentButSendsTwoAgainstOneToAHuman() {
        fund(REQUESTER, "100.00");
        // no gold record on the type: each worker is weighed at 0.50, ln(0.5 x 2 / 0.5) with three labels
        String unanimous = postWeighted("weighted-unanimous");
        submit("worker1", unanimous, "\"cat\"");
        submit("worker2", unanimous, "\"cat\"");
        submit("worker3", unanimous, "\"cat\"");

        JsonObject accepted = Api.get(token("worker3"), "/me/submissions").array().getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("taskId").equals(unanimous)).findFirst().orElseThrow();
        assertThat(accepted.getString("decision")).isEqualTo("accepted");
        assertThat(accepted.getString("decidedBy")).isEqualTo("platform");
        assertThat(accepted.getString("decisionReason")).contains("weighted-vote gives 'cat' with confidence 0.80"
                + " (3 of 3 answers; weights from the workers' gold records, accuracy (gold right of answered): 'cat'"
                + " 0.50 (0 of 0), 0.50 (0 of 0), 0.50 (0 of 0))").doesNotContain("worker1");

        // 2 against 1 from the same newcomers: 4 / 7 = 0.57, below the task's 0.75: a human decides
        String split = postWeighted("weighted-split");
        submit("worker1", split, "\"cat\"");
        submit("worker2", split, "\"dog\"");
        submit("worker3", split, "\"cat\"");

        assertThat(task(REQUESTER, split).getString("status")).isEqualTo("in_review");
        assertThat(Api.get(token(REVIEWER), "/reviews").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("taskId").equals(split))).hasSize(3);
        assertThat(Api.get(token("worker2"), "/me/submissions").array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("taskId").equals(split))).singleElement()
                .satisfies(m -> assertThat(m.getString("decision")).isEqualTo("pending"));
    }

    /** A label task with three declared labels, aggregated by weighted vote at a 0.75 target, for worker1-3. */
    private static String postWeighted(String key) {
        String skill = skillFor("worker1", "worker2", "worker3");
        String json = taskJson("Cat, dog or bird", 3, "PT1H", skill)
                .replace("\"redundancy\": 3,", "\"redundancy\": 3, \"targetConfidence\": 0.75,"
                        + " \"aggregation\": \"Weighted-Vote \",")
                .replace("\"input\": {\"items\": [\"a.png\"]}",
                        "\"input\": {\"items\": [\"a.png\"], \"labels\": [\"cat\", \"dog\", \"bird\"]}");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", json, key + "-" + skill);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.json().getJsonObject("review").getString("aggregation")).isEqualTo("weighted-vote");
        return posted.json().getString("id");
    }

    @Test
    void badReviewPreferencesAreRefusedWithAProblemAndNoTask() {
        String skill = skillFor("worker1");
        String json = taskJson("Bad overlap", 3, "PT1H", skill).replace("\"redundancy\": 3,",
                "\"redundancy\": 3, \"maxAssignments\": 2, \"targetConfidence\": 1.5,"
                        + " \"aggregation\": \"average\",");
        int before = Api.get(token(REQUESTER), "/tasks").array().size();

        Api.Reply refused = Api.post(token(REQUESTER), "/tasks", json, "auto-review-bad-" + skill);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("targetConfidence").contains("aggregation").contains("maxAssignments");
        assertThat(Api.get(token(REQUESTER), "/tasks").array().size()).isEqualTo(before);
    }

    /** Submits and returns the submission id. */
    private static String submit(String worker, String taskId, String answer) {
        JsonObject assignment = assignmentOf(worker, taskId);
        assertThat(assignment).as(worker + " has a slot").isNotNull();
        Api.Reply reply = Api.post(token(worker), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": " + answer + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("id");
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
