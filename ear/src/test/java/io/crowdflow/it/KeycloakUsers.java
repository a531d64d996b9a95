package io.crowdflow.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Throw-away users of the realm for scenarios that change a user for good (consent withdrawn, erased):
 * made through Keycloak's admin API with the server's bootstrap admin (admin / admin, demo only), so the
 * demo users other scenarios rely on stay as they are.
 */
final class KeycloakUsers {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakUsers() {
    }

    /** A new worker with a password equal to its name, who granted every purpose when signing up. */
    static String newWorker(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"username": "%s", "enabled": true, "email": "%s@crowdflow.example", "emailVerified": true,
                 "firstName": "Test", "lastName": "Person",
                 "attributes": {"crowdflow-consents": ["assignment-profiling", "recommendations", "research-analytics", "personal-data-processing"]},
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                .formatted(username, username, username);
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(Keycloak.URL + "/admin/realms/crowdflow/users"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("user not created: " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> role = send(HttpRequest.newBuilder(URI.create(Keycloak.URL + "/admin/realms/crowdflow/roles/worker")).GET());
        HttpResponse<String> mapped = send(HttpRequest.newBuilder(URI.create(Keycloak.URL + "/admin/realms/crowdflow/users/"
                        + id + "/role-mappings/realm")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role.body() + "]")));
        if (role.statusCode() != 200 || mapped.statusCode() != 204) {
            throw new IllegalStateException("role not mapped: " + role.statusCode() + " " + role.body() + " / "
                    + mapped.statusCode() + " " + mapped.body());
        }
        String token = Keycloak.token(username);
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8);
        if (!payload.contains("\"worker\"")) {
            throw new IllegalStateException("the new user's token has no worker role: " + payload);
        }
        return username;
    }

    /** The user as Keycloak's admin API shows it; status 404 when it does not exist. */
    static HttpResponse<String> user(String id) {
        return send(HttpRequest.newBuilder(URI.create(Keycloak.URL + "/admin/realms/crowdflow/users/" + id)).GET());
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The status of a password grant for the user (200 when they can still sign in). */
    static int signInStatus(String username) {
        String form = "grant_type=password&client_id=crowdflow-cli&username=" + enc(username) + "&password="
                + enc(username);
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(Keycloak.URL + "/realms/crowdflow/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Authorization", "Bearer " + adminToken()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        }
    }

    private static String adminToken() throws java.io.IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(Keycloak.URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no admin token: " + response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
