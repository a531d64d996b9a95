package io.crowdflow.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notify step on the real server: a model a designer deploys sends a signed JSON body to a webhook target the
 * administrator configured (arquillian.xml: it-receiver and it-failing, both served by this test's own HTTP server);
 * a failing target is retried with the same event id and ends in an incident; an unconfigured target is refused.
 */
class NotifyStepIT extends PlatformIT {

    static final int PORT = 18089;
    static final String SECRET = "it-webhook-secret-0123456789";
    static final String DESIGNER = "designer";

    record Received(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static HttpServer receiver;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        receiver.createContext("/hooks/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body));
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/ok") ? 204 : 500, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aNotifyStepSendsASignedEventToTheConfiguredTargetAndTheProcessGoesOn() throws Exception {
        String key = deploy("it-receiver");
        String taskId = "t-" + UUID.randomUUID();
        String instance = start(key, taskId);

        Received hook = Api.eventually(() -> receivedFor(taskId), l -> !l.isEmpty(), Duration.ofSeconds(30))
                .stream().findFirst().orElse(null);
        assertThat(hook).as("the receiver was called").isNotNull();
        assertThat(hook.path()).isEqualTo("/hooks/ok");
        JsonObject body = Json.createReader(new StringReader(hook.body())).readObject();
        assertThat(body.getString("event")).isEqualTo("task.tested");
        assertThat(body.getString("taskId")).isEqualTo(taskId);
        assertThat(body.getString("processInstanceId")).isEqualTo(instance);
        assertThat(body.getString("eventId")).isEqualTo(hook.header("X-Crowdflow-Event-Id")).isNotBlank();
        long timestamp = Long.parseLong(hook.header("X-Crowdflow-Timestamp"));
        assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(120);
        assertThat(hook.header("X-Crowdflow-Signature")).isEqualTo(signature(timestamp, hook.body()));
        assertThat(hook.header("X-Crowdflow-Signature")).isNotEqualTo(signature(timestamp, hook.body() + " "));

        JsonArray waiting = Api.eventually(() -> EngineRest.array(EngineRest.get(token(DESIGNER),
                "/task?processInstanceId=" + instance)), a -> !a.isEmpty(), Duration.ofSeconds(30));
        assertThat(waiting.getJsonObject(0).getString("taskDefinitionKey")).isEqualTo("Task_Wait");
    }

    @Test
    void aTargetThatKeepsFailingIsRetriedWithTheSameEventIdAndEndsInAnIncident() {
        String key = deploy("it-failing");
        String taskId = "t-" + UUID.randomUUID();
        String instance = start(key, taskId);

        JsonArray incidents = Api.eventually(() -> EngineRest.array(EngineRest.get(token(DESIGNER),
                "/incident?processInstanceId=" + instance)), a -> !a.isEmpty(), Duration.ofSeconds(60));
        assertThat(incidents).as("an incident once the retries are spent").hasSize(1);
        assertThat(incidents.getJsonObject(0).getString("incidentType")).isEqualTo("failedJob");
        assertThat(incidents.getJsonObject(0).getString("activityId")).isEqualTo("ServiceTask_Notify");
        assertThat(incidents.getJsonObject(0).getString("incidentMessage")).contains("it-failing", "500");

        List<Received> attempts = receivedFor(taskId);
        assertThat(attempts.size()).as("first attempt and retries").isGreaterThanOrEqualTo(2);
        assertThat(attempts.stream().map(r -> r.header("X-Crowdflow-Event-Id")).distinct()).hasSize(1);
        assertThat(EngineRest.array(EngineRest.get(token(DESIGNER), "/task?processInstanceId=" + instance)))
                .as("the process did not go on").isEmpty();
    }

    @Test
    void aModelNamingATargetNoAdministratorConfiguredIsRefused() {
        String key = "Process_Notify_" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> refused = EngineRest.deploy(token(DESIGNER), key + ".bpmn",
                model(key, "task.tested", "http-example-org"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("CROWDFLOW-03002", "ServiceTask_Notify", "notifyTarget");

        HttpResponse<String> badEvent = EngineRest.deploy(token(DESIGNER), key + ".bpmn",
                model(key, "Task Settled!", "it-receiver"));
        assertThat(badEvent.statusCode()).as(badEvent.body()).isEqualTo(400);
        assertThat(badEvent.body()).contains("CROWDFLOW-03002", "notifyEvent");
    }

    private static String deploy(String target) {
        String key = "Process_Notify_" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> deployed = EngineRest.deploy(token(DESIGNER), key + ".bpmn",
                model(key, "task.tested", target));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        return key;
    }

    private static String start(String key, String taskId) {
        HttpResponse<String> started = EngineRest.post(token(DESIGNER), "/process-definition/key/" + key + "/start",
                "{\"variables\": {\"taskId\": {\"value\": \"" + taskId + "\", \"type\": \"String\"}}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return EngineRest.object(started).getString("id");
    }

    private static List<Received> receivedFor(String taskId) {
        return RECEIVED.stream().filter(r -> r.body().contains(taskId)).toList();
    }

    private static String signature(long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** What Camunda Modeler writes for a service task with the "Crowdflow: Notify" template applied. */
    private static String model(String key, String event, String target) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1"
                    targetNamespace="http://crowdflow.io/test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_1"/>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="ServiceTask_Notify"/>
                    <bpmn:serviceTask id="ServiceTask_Notify" name="Notify" camunda:asyncBefore="true"
                        camunda:delegateExpression="${notifyDelegate}"
                        camunda:modelerTemplate="io.crowdflow.step.notify" camunda:modelerTemplateVersion="1">
                      <bpmn:extensionElements>
                        <camunda:properties>
                          <camunda:property name="notifyEvent" value="%s"/>
                          <camunda:property name="notifyTarget" value="%s"/>
                        </camunda:properties>
                      </bpmn:extensionElements>
                    </bpmn:serviceTask>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="ServiceTask_Notify" targetRef="Task_Wait"/>
                    <bpmn:userTask id="Task_Wait"/>
                    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Wait" targetRef="EndEvent_1"/>
                    <bpmn:endEvent id="EndEvent_1"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, event, target);
    }
}
