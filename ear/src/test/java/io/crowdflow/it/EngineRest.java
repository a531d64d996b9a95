package io.crowdflow.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Camunda's REST API at /crowdflow/engine-rest as a designer's tool calls it, plus DELETE on the platform's API. */
final class EngineRest {

    static final String BASE = Api.BASE.replace("/api", "/engine-rest");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EngineRest() {
    }

    static HttpResponse<String> get(String token, String path) {
        return send(request(token, BASE + path).GET());
    }

    static HttpResponse<String> post(String token, String path, String json) {
        return send(request(token, BASE + path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> delete(String token, String path) {
        return send(request(token, BASE + path).DELETE());
    }

    /** DELETE on the platform's own API (/crowdflow/api). */
    static HttpResponse<String> deleteApi(String token, String path) {
        return send(request(token, Api.BASE + path).DELETE());
    }

    /**
     * The multipart request Camunda Modeler's deploy dialog sends: deployment-name, deployment-source
     * "Camunda Modeler", deploy-changed-only, and the diagram as a part named after its file.
     */
    static HttpResponse<String> deploy(String token, String fileName, String bpmn) {
        String boundary = "----CamundaModelerFormBoundary" + UUID.randomUUID().toString().replace("-", "");
        String body = part(boundary, "deployment-name", fileName.replace(".bpmn", ""))
                + part(boundary, "deployment-source", "Camunda Modeler")
                + part(boundary, "deploy-changed-only", "true")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary
                + "--\r\n";
        return send(request(token, BASE + "/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static HttpRequest.Builder request(String token, String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
