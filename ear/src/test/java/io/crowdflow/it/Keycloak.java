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
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real tokens from the realm's token endpoint (the Keycloak the build started), cached per user. */
final class Keycloak {

    static final String URL = System.getProperty("keycloak.url", "http://localhost:8180");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** A token of the demo user (password = user name) issued to the scripts' client crowdflow-cli. */
    static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> token("crowdflow-cli", u));
    }

    static String token(String clientId, String username) {
        String form = "grant_type=password&client_id=" + enc(clientId) + "&username=" + enc(username)
                + "&password=" + enc(username);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(URL + "/realms/crowdflow/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token for " + username + ": " + response.statusCode() + " "
                        + response.body());
            }
            return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("Keycloak at " + URL + " did not answer", e);
        }
    }

    /** The token's subject (the user's id in the realm). */
    static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        JsonObject claims = Json.createReader(new StringReader(payload)).readObject();
        return claims.getString("sub");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
