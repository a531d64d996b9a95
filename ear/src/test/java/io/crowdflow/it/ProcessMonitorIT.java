package io.crowdflow.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process monitor (GET /api/admin/process-monitor) and the learning curve (GET /api/admin/policy/learning-curve)
 * on the running platform: real process instances, a real incident made by a designer's model, real tokens.
 */
class ProcessMonitorIT extends PlatformIT {

    private static final String DESIGNER = "designer";
    private static final String ENGINE_REST = Api.BASE.replace("/api", "/engine-rest");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aDesignerSeesTheLifecycleInstancesOnTheirActivitiesWithTheModelToDrawThemOn() {
        fund(REQUESTER, "5.00");
        String skill = skillFor("worker2");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Monitored", 1, "PT1H", skill));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);

        JsonObject latest = Api.eventually(() -> monitor(DESIGNER, ""), m -> activity(m, "Task_DoWork") != null
                && activity(m, "Task_DoWork").getInt("active") >= 1, Duration.ofSeconds(30));
        assertThat(latest.getJsonObject("definition").getString("key")).isEqualTo("TaskLifecycle");
        assertThat(latest.getJsonNumber("runningInstances").longValue()).isPositive();
        assertThat(activity(latest, "ServiceTask_CheckGovernance").getInt("finished")).isPositive();
        assertThat(activity(latest, "StartEvent_TaskPosted").getInt("active")).isZero();
        assertThat(latest.getString("bpmnXml")).contains("id=\"Task_DoWork\"", "id=\"TaskLifecycle\"");
        JsonObject newest = latest.getJsonArray("versions").getJsonObject(0);
        assertThat(newest.getString("id")).isEqualTo(latest.getJsonObject("definition").getString("id"));
        assertThat(latest.getJsonArray("processes").getValuesAs(JsonObject.class))
                .anyMatch(p -> p.getString("key").equals("TaskLifecycle"));

        // the same version by key and version number, and by its id without the XML
        JsonObject byVersion = monitor(ADMIN, "key=TaskLifecycle&version=" + newest.getInt("version"));
        assertThat(byVersion.getJsonObject("definition").getString("id")).isEqualTo(newest.getString("id"));
        JsonObject byId = monitor(ADMIN, "processDefinitionId=" + newest.getString("id") + "&xml=false");
        assertThat(byId.containsKey("bpmnXml")).isFalse();
        assertThat(activity(byId, "Task_DoWork").getInt("active")).isPositive();
    }

    @Test
    void aFailingStepShowsAsAnIncidentOnItsActivityWithItsMessage() throws Exception {
        String key = "Process_Monitored_" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> deployed = deploy(key + ".bpmn", failingModel(key));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        String unknownTask = UUID.randomUUID().toString();
        HttpResponse<String> started = engineRest("/process-definition/key/" + key + "/start",
                "{\"businessKey\": \"" + unknownTask + "\", \"variables\": {\"taskId\": {\"value\": \""
                        + unknownTask + "\", \"type\": \"String\"}}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

        JsonObject failed = Api.eventually(() -> monitor(DESIGNER, "key=" + key),
                m -> m.getJsonNumber("openIncidents").longValue() == 1, Duration.ofSeconds(60));
        assertThat(failed.getJsonNumber("openIncidents").longValue()).isEqualTo(1);
        JsonObject step = activity(failed, "ServiceTask_Step");
        assertThat(step.getInt("incidents")).isEqualTo(1);
        assertThat(step.getInt("active")).isEqualTo(1);
        JsonObject incident = failed.getJsonArray("incidents").getJsonObject(0);
        assertThat(incident.getString("activityId")).isEqualTo("ServiceTask_Step");
        assertThat(incident.getString("type")).isEqualTo("failedJob");
        assertThat(incident.getString("message")).isNotBlank();
        assertThat(incident.getString("taskId")).isEqualTo(unknownTask);
        assertThat(failed.getJsonArray("versions").size()).isEqualTo(1);
    }

    @Test
    void badSelectorsAreRefusedAndUnknownModelsAreNotFound() {
        assertProblem(Api.get(token(DESIGNER), "/admin/process-monitor?version=abc"), 400, "invalid-request");
        assertProblem(Api.get(token(DESIGNER), "/admin/process-monitor?version=0"), 400, "invalid-request");
        assertProblem(Api.get(token(DESIGNER), "/admin/process-monitor?processDefinitionId=x&key=TaskLifecycle"),
                400, "invalid-request");
        assertProblem(Api.get(token(DESIGNER), "/admin/process-monitor?xml=maybe"), 400, "invalid-request");
        assertProblem(Api.get(token(DESIGNER), "/admin/process-monitor?processDefinitionId=" + UUID.randomUUID()),
                404, "process-definition-not-found");
        assertProblem(Api.get(token(DESIGNER), "/admin/process-monitor?key=NoSuchProcess"), 404,
                "process-definition-not-found");
        assertProblem(Api.get(token(DESIGNER), "/admin/process-monitor?key=TaskLifecycle&version=99999"), 404,
                "process-definition-not-found");
    }

    @Test
    void theLearningCurveHasOneBucketPerDayAndRefusesWindowsItCannotDraw() {
        Api.Reply reply = Api.get(token(ADMIN), "/admin/policy/learning-curve?days=7&bucket=day");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject curve = reply.json();
        assertThat(curve.getJsonArray("buckets")).hasSize(7);
        assertThat(curve.getJsonArray("observations")).hasSize(7);
        assertThat(curve.getString("configuredPolicy")).isEqualTo("linucb");
        for (JsonObject series : curve.getJsonArray("series").getValuesAs(JsonObject.class)) {
            assertThat(series.getJsonArray("points")).hasSize(7);
            long total = series.getJsonArray("points").getValuesAs(JsonObject.class).stream()
                    .mapToLong(p -> p.getJsonNumber("count").longValue()).sum();
            assertThat(total).isEqualTo(series.getJsonNumber("outcomes").longValue());
        }
        assertThat(Api.get(token(ADMIN), "/admin/policy/learning-curve?days=2&bucket=hour").json()
                .getJsonArray("buckets")).hasSize(48);

        assertProblem(Api.get(token(ADMIN), "/admin/policy/learning-curve?bucket=week"), 400, "invalid-request");
        assertProblem(Api.get(token(ADMIN), "/admin/policy/learning-curve?days=0"), 400, "invalid-request");
        assertProblem(Api.get(token(ADMIN), "/admin/policy/learning-curve?days=60&bucket=hour"), 400,
                "invalid-request");
    }

    private static void assertProblem(Api.Reply reply, int status, String slug) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("urn:crowdflow:problem:" + slug);
    }

    private static JsonObject monitor(String user, String query) {
        Api.Reply reply = Api.get(token(user), "/admin/process-monitor" + (query.isEmpty() ? "" : "?" + query));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonObject activity(JsonObject monitor, String activityId) {
        List<JsonObject> all = monitor.getJsonArray("activities").getValuesAs(JsonObject.class);
        return all.stream().filter(a -> a.getString("activityId").equals(activityId)).findFirst().orElse(null);
    }

    /** A platform step that fails (its task does not exist), run by the job executor: one retry, then an incident. */
    private static String failingModel(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1"
                    targetNamespace="http://crowdflow.io/test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_1"/>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="ServiceTask_Step"/>
                    <bpmn:serviceTask id="ServiceTask_Step" camunda:asyncBefore="true"
                        camunda:delegateExpression="${holdEscrowDelegate}">
                      <bpmn:extensionElements>
                        <camunda:failedJobRetryTimeCycle>R1/PT1S</camunda:failedJobRetryTimeCycle>
                      </bpmn:extensionElements>
                    </bpmn:serviceTask>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="ServiceTask_Step" targetRef="EndEvent_1"/>
                    <bpmn:endEvent id="EndEvent_1"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
    }

    private static HttpResponse<String> deploy(String fileName, String bpmn) throws Exception {
        String boundary = "crowdflow-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + fileName + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary
                + "--\r\n";
        return HTTP.send(HttpRequest.newBuilder(URI.create(ENGINE_REST + "/deployment/create"))
                .header("Authorization", "Bearer " + token(DESIGNER))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> engineRest(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ENGINE_REST + path))
                .header("Authorization", "Bearer " + token(DESIGNER)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
