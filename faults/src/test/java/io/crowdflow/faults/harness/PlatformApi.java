package io.crowdflow.faults.harness;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The platform's REST API and Keycloak's token endpoint, as a client sees them. */
public final class PlatformApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer; status -1 when there was none (connection refused or reset, time-out). */
    public record Answer(int status, String body, String contentType, String retryAfter, long millis) {

        public JsonObject object() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + (contentType == null ? "" : contentType) + " in " + millis + " ms "
                    + (body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body);
        }
    }

    private final String api;

    public PlatformApi(String api) {
        this.api = api;
    }

    /** A password-grant token of a demo-realm user (password = user name) from client crowdflow-cli. */
    public static String token(String user) {
        Answer answer = send(HttpRequest.newBuilder(URI.create(KeycloakServer.URL
                        + "/realms/crowdflow/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=crowdflow-cli&username="
                        + enc(user) + "&password=" + enc(user))), Duration.ofSeconds(30));
        if (answer.status() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + answer);
        }
        return answer.object().getString("access_token");
    }

    public Answer get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + token).GET(),
                Duration.ofSeconds(60));
    }

    public Answer post(String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)),
                Duration.ofSeconds(60));
    }

    public String api() {
        return api;
    }

    private static Answer send(HttpRequest.Builder request, Duration timeout) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), null, null, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
