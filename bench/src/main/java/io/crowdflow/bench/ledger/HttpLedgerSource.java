package io.crowdflow.bench.ledger;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The ledger endpoints of a running platform, with a bearer token of any user. */
final class HttpLedgerSource implements LedgerSource {

    private final String api;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HttpLedgerSource(String api, String token) {
        this.api = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        this.token = token;
    }

    @Override
    public JsonObject publicKey() {
        return (JsonObject) get("/ledger/public-key");
    }

    @Override
    public JsonArray checkpoints() {
        return (JsonArray) get("/ledger/checkpoints?count=100");
    }

    @Override
    public JsonArray entries(long from, int count) {
        return ((JsonObject) get("/ledger/entries?from=" + from + "&count=" + count)).getJsonArray("entries");
    }

    @Override
    public JsonObject consistency(long from, long to) {
        return (JsonObject) get("/ledger/consistency?from=" + from + "&to=" + to);
    }

    private JsonStructure get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return Json.createReader(new StringReader(response.body())).read();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + api + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
