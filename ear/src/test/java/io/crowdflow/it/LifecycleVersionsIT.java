package io.crowdflow.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Versions of the lifecycle model on the running platform: a designer deploys a changed lifecycle (an approval
 * before payment) from a Modeler-style multipart request; tasks posted afterwards follow it to payment, tasks
 * started before finish on their own version, one of them is migrated to the new version with Camunda's migration
 * API, and a task type pinned to the old version keeps starting there.
 */
class LifecycleVersionsIT extends PlatformIT {

    static final String DESIGNER = "designer";
    static final String WORKER = "worker3";
    static final String APPROVAL = "Task_ApprovePayment";

    @Test
    void newTasksFollowTheChangedModelOldOnesKeepTheirVersionAndAMigratedOneFollowsTheNewModel() {
        fund(REQUESTER, "20.00");
        String skill = skillFor(WORKER);
        JsonObject before = latestLifecycle();
        String oldTask = post("Before the change", skill);
        String migratedTask = post("Migrated to the change", skill);

        HttpResponse<String> deployed = EngineRest.deploy(token(DESIGNER), "task-lifecycle.bpmn",
                withApprovalBeforePayment(lifecycleXml(before.getString("id"))));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        String deploymentId = EngineRest.object(deployed).getString("id");
        try {
            JsonObject after = latestLifecycle();
            assertThat(after.getInt("version")).isEqualTo(before.getInt("version") + 1);
            String newTask = post("After the change", skill);
            assertThat(definitionOf(oldTask)).as("a running task keeps its version").isEqualTo(before.getString("id"));
            assertThat(definitionOf(migratedTask)).isEqualTo(before.getString("id"));
            assertThat(definitionOf(newTask)).as("a new task starts on the latest").isEqualTo(after.getString("id"));

            migrate(processInstanceOf(migratedTask), before.getString("id"), after.getString("id"));
            assertThat(definitionOf(migratedTask)).as("migrated").isEqualTo(after.getString("id"));

            for (String taskId : List.of(oldTask, migratedTask, newTask)) {
                workAndAccept(taskId);
            }
            // a task type pinned on the old version keeps starting there; the pin is cleared again
            Api.Reply pinned = Api.put(token(DESIGNER), "/admin/lifecycle-pins/labeling", "{\"version\": "
                    + before.getInt("version") + ", \"reason\": \"requester asked for no approval step\"}");
            assertThat(pinned.status()).as(pinned.body()).isEqualTo(200);
            String pinnedTask;
            try {
                pinnedTask = post("Pinned to the old version", skill);
            } finally {
                assertThat(EngineRest.deleteApi(token(DESIGNER), "/admin/lifecycle-pins/labeling").statusCode())
                        .isEqualTo(204);
            }
            assertThat(definitionOf(pinnedTask)).isEqualTo(before.getString("id"));
            assertThat(variable(processInstanceOf(pinnedTask), "lifecycleVersionChoice"))
                    .contains("pinned for task type labeling", "requester asked for no approval step");

            workAndAccept(pinnedTask);

            // the old version (and the pinned task) pays without approval
            for (String taskId : List.of(oldTask, pinnedTask)) {
                assertThat(eventually(taskId, "worker_paid")).as(taskId).contains("worker_paid");
                assertThat(approvalOf(taskId)).isNull();
            }
            // the new version and the migrated task wait for the approval, then pay
            for (String taskId : List.of(newTask, migratedTask)) {
                JsonObject approval = Api.eventually(() -> approvalOf(taskId), Objects::nonNull, Duration.ofSeconds(60));
                assertThat(approval).as("approval step of " + taskId).isNotNull();
                assertThat(eventTypes(task(REQUESTER, taskId))).doesNotContain("worker_paid");
                HttpResponse<String> approved = EngineRest.post(token(DESIGNER),
                        "/task/" + approval.getString("id") + "/complete", "{}");
                assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
                assertThat(eventually(taskId, "worker_paid")).as(taskId).contains("worker_paid");
            }
        } finally {
            // leave the platform on its own model for the scenarios that follow
            EngineRest.delete(token(DESIGNER), "/deployment/" + deploymentId + "?cascade=true");
        }
    }

    @Test
    void aPinOnAnUnknownTaskTypeOrVersionIsRefusedWithAProblemAndChangesNothing() {
        Api.Reply unknownType = Api.put(token(DESIGNER), "/admin/lifecycle-pins/no-such-type",
                "{\"version\": 1, \"reason\": \"x\"}");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.contentType()).startsWith("application/problem+json");
        assertThat(unknownType.body()).contains("taskType", "unknown task type");

        Api.Reply unknownVersion = Api.put(token(ADMIN), "/admin/lifecycle-pins/survey",
                "{\"version\": 9999, \"reason\": \"x\"}");
        assertThat(unknownVersion.status()).isEqualTo(400);
        assertThat(unknownVersion.body()).contains("TaskLifecycle has no version 9999");

        Api.Reply noReason = Api.put(token(ADMIN), "/admin/lifecycle-pins/survey", "{\"version\": \"one\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("version", "whole number");

        assertThat(Api.get(token(DESIGNER), "/admin/lifecycle-pins").array()).isEmpty();
        HttpResponse<String> clearNothing = EngineRest.deleteApi(token(DESIGNER), "/admin/lifecycle-pins/survey");
        assertThat(clearNothing.statusCode()).isEqualTo(404);
        assertThat(clearNothing.body()).contains("lifecycle-pin-not-found");
        assertThat(Api.put(token("worker1"), "/admin/lifecycle-pins/survey", "{\"version\": 1, \"reason\": \"x\"}")
                .status()).isEqualTo(403);
    }

    /** The model a designer downloads, with one user task "Approve the payment" before payment. */
    static String withApprovalBeforePayment(String xml) {
        assertThat(xml).contains("targetRef=\"ServiceTask_SettlePayment\"");
        return xml.replace("targetRef=\"ServiceTask_SettlePayment\"", "targetRef=\"" + APPROVAL + "\"")
                .replace("<bpmn:serviceTask id=\"ServiceTask_SettlePayment\"", """
                        <bpmn:userTask id="%s" name="Approve the payment" camunda:candidateGroups="admin" />
                            <bpmn:sequenceFlow id="Flow_ToApprovedPayment" sourceRef="%s" targetRef="ServiceTask_SettlePayment" />
                            <bpmn:serviceTask id="ServiceTask_SettlePayment\"""".formatted(APPROVAL, APPROVAL));
    }

    static JsonObject latestLifecycle() {
        HttpResponse<String> reply = EngineRest.get(token(DESIGNER), "/process-definition/key/TaskLifecycle");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return EngineRest.object(reply);
    }

    static String lifecycleXml(String definitionId) {
        return EngineRest.object(EngineRest.get(token(DESIGNER), "/process-definition/" + definitionId + "/xml"))
                .getString("bpmn20Xml");
    }

    private static void migrate(String processInstanceId, String from, String to) {
        HttpResponse<String> plan = EngineRest.post(token(DESIGNER), "/migration/generate",
                Json.createObjectBuilder().add("sourceProcessDefinitionId", from).add("targetProcessDefinitionId", to)
                        .add("updateEventTriggers", true).build().toString());
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        HttpResponse<String> executed = EngineRest.post(token(DESIGNER), "/migration/execute",
                Json.createObjectBuilder().add("migrationPlan", EngineRest.object(plan))
                        .add("processInstanceIds", Json.createArrayBuilder().add(processInstanceId))
                        .build().toString());
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
    }

    private static String post(String title, String skill) {
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson(title, 1, "PT1H", skill));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().getString("id");
    }

    private static String processInstanceOf(String taskId) {
        return task(REQUESTER, taskId).getString("processInstanceId");
    }

    private static String definitionOf(String taskId) {
        return EngineRest.object(EngineRest.get(token(DESIGNER), "/process-instance/" + processInstanceOf(taskId)))
                .getString("definitionId");
    }

    private static String variable(String processInstanceId, String name) {
        return EngineRest.object(EngineRest.get(token(DESIGNER),
                "/process-instance/" + processInstanceId + "/variables/" + name)).getString("value");
    }

    private static JsonObject approvalOf(String taskId) {
        return EngineRest.array(EngineRest.get(token(DESIGNER), "/task?processInstanceId=" + processInstanceOf(taskId)
                + "&taskDefinitionKey=" + APPROVAL)).getValuesAs(JsonObject.class).stream().findFirst().orElse(null);
    }

    /** The worker submits; the reviewer accepts unless automatic review already decided. */
    private static void workAndAccept(String taskId) {
        JsonObject assignment = Api.eventually(() -> assignmentOf(WORKER, taskId), Objects::nonNull,
                Duration.ofSeconds(30));
        assertThat(assignment).as("assignment of " + taskId).isNotNull();
        Api.Reply submitted = Api.post(token(WORKER), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": {\"cat\": true}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonObject review = Api.eventually(() -> reviewOf(taskId),
                r -> r != null || eventTypes(task(REQUESTER, taskId)).contains("submission_accepted"),
                Duration.ofSeconds(30));
        if (review != null) {
            Api.Reply decided = Api.post(token(REVIEWER), "/reviews/" + review.getString("id") + "/decision",
                    "{\"decision\": \"accept\", \"reason\": \"a cat\"}");
            assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        }
    }

    private static JsonObject reviewOf(String taskId) {
        return Api.get(token(REVIEWER), "/reviews").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("taskId").equals(taskId)).findFirst().orElse(null);
    }

    private static List<String> eventually(String taskId, String eventType) {
        return Api.eventually(() -> eventTypes(task(REQUESTER, taskId)), e -> e.contains(eventType),
                Duration.ofSeconds(60));
    }
}
