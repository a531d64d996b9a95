package io.crowdflow.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Camunda's REST API at /crowdflow/engine-rest, as Camunda Modeler and designers' tools use it. */
class EngineRestIT extends PlatformIT {

    static final String ENGINE_REST = Api.BASE.replace("/api", "/engine-rest");
    static final String DESIGNER = "designer";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void designerSeesTheEngineAndTheLifecycleModel() throws Exception {
        HttpResponse<String> engines = get(token(DESIGNER), "/engine");
        assertThat(engines.statusCode()).as(engines.body()).isEqualTo(200);
        assertThat(array(engines.body()).getJsonObject(0).getString("name")).isEqualTo("crowdflow");

        HttpResponse<String> model = get(token(DESIGNER), "/process-definition/key/TaskLifecycle");
        assertThat(model.statusCode()).as(model.body()).isEqualTo(200);
        assertThat(object(model.body()).getString("key")).isEqualTo("TaskLifecycle");
    }

    @Test
    void onlyDesignersAndAdminsReachTheEngine() throws Exception {
        assertThat(get(null, "/engine").statusCode()).isEqualTo(401);
        assertThat(get(token("worker1"), "/engine").statusCode()).isEqualTo(403);
        assertThat(get(token(REQUESTER), "/process-definition").statusCode()).isEqualTo(403);
        assertThat(get(token(ADMIN), "/engine").statusCode()).isEqualTo(200);
    }

    @Test
    void designerDeploysAChangedModelAsANewVersionWithoutARebuild() throws Exception {
        String key = "Process_Designed_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        String model = minimalModel(key, "${holdEscrowDelegate}", "PT5M");
        HttpResponse<String> first = deploy(token(DESIGNER), key + ".bpmn", model);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        HttpResponse<String> changed = deploy(token(DESIGNER), key + ".bpmn", model.replace("PT5M", "PT10M"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        HttpResponse<String> versions = get(token(DESIGNER), "/process-definition/count?key=" + key);
        assertThat(object(versions.body()).getInt("count")).isEqualTo(2);
    }

    @Test
    void aModelThatWouldRunForeignCodeIsRefusedAndNothingIsDeployed() throws Exception {
        String key = "Process_Refused_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        HttpResponse<String> refused = deploy(token(DESIGNER), key + ".bpmn",
                minimalModel(key, "${entityManager}", "PT5M"));
        assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
        assertThat(refused.body()).contains("CROWDFLOW-03001", "ServiceTask_Step", "not a platform step");
        assertThat(object(get(token(DESIGNER), "/process-definition/count?key=" + key).body()).getInt("count"))
                .isZero();
    }

    @Test
    void aModelWithAScriptTaskIsRefusedNamingTheElement() throws Exception {
        String key = "Process_Script_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        String model = minimalModel(key, "${holdEscrowDelegate}", "PT5M").replace(
                "<bpmn:serviceTask id=\"ServiceTask_Step\" camunda:delegateExpression=\"${holdEscrowDelegate}\"/>",
                "<bpmn:scriptTask id=\"ServiceTask_Step\" scriptFormat=\"javascript\"><bpmn:script>java.lang.System.exit(1)"
                        + "</bpmn:script></bpmn:scriptTask>");
        HttpResponse<String> refused = deploy(token(DESIGNER), key + ".bpmn", model);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("CROWDFLOW-03001", "ServiceTask_Step", "runs code");
        assertThat(object(get(token(DESIGNER), "/process-definition/count?key=" + key).body()).getInt("count"))
                .isZero();
    }

    @Test
    void aModelWithAnExternalEntityIsRefusedAndTheEntityIsNeverRead() throws Exception {
        String key = "Process_Entity_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        String model = minimalModel(key, "${holdEscrowDelegate}", "PT5M").replace(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE definitions [<!ENTITY secret SYSTEM "
                        + "\"file:///etc/passwd\">]>").replace("PT5M", "&secret;");
        HttpResponse<String> refused = deploy(token(DESIGNER), key + ".bpmn", model);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("DOCTYPE is disallowed").doesNotContain("root:");
        assertThat(object(get(token(DESIGNER), "/process-definition/count?key=" + key).body()).getInt("count"))
                .isZero();
    }

    private static String minimalModel(String key, String delegate, String timer) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1"
                    targetNamespace="http://crowdflow.io/test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_1"/>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Timer_Wait"/>
                    <bpmn:intermediateCatchEvent id="Timer_Wait">
                      <bpmn:timerEventDefinition><bpmn:timeDuration>%s</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:intermediateCatchEvent>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Timer_Wait" targetRef="ServiceTask_Step"/>
                    <bpmn:serviceTask id="ServiceTask_Step" camunda:delegateExpression="%s"/>
                    <bpmn:sequenceFlow id="Flow_3" sourceRef="ServiceTask_Step" targetRef="EndEvent_1"/>
                    <bpmn:endEvent id="EndEvent_1"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, timer, delegate);
    }

    /** The multipart request Camunda Modeler's deploy dialog sends. */
    private static HttpResponse<String> deploy(String token, String fileName, String bpmn) throws Exception {
        String boundary = "crowdflow-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + fileName + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\""
                + "\r\n\r\ntrue\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary
                + "--\r\n";
        return HTTP.send(HttpRequest.newBuilder(URI.create(ENGINE_REST + "/deployment/create"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String token, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ENGINE_REST + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}
