package io.crowdflow.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The platform's HTTP API as a client sees it. */
final class Api {

    static final String BASE = System.getProperty("crowdflow.api", "http://localhost:8080/crowdflow/api");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Api() {
    }

    record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static Reply get(String token, String path) {
        return send(request(token, path).GET());
    }

    static Reply post(String token, String path, String json) {
        return send(request(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply post(String token, String path, String json, String idempotencyKey) {
        return send(request(token, path).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply put(String token, String path, String json) {
        return send(request(token, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static JsonStructure json(String text) {
        return Json.createReader(new StringReader(text)).read();
    }

    /** Asks again until the answer satisfies the condition or the time is up; returns the last answer. */
    static <T> T eventually(Supplier<T> ask, Predicate<T> done, Duration within) {
        long end = System.nanoTime() + within.toNanos();
        T last = ask.get();
        while (!done.test(last) && System.nanoTime() < end) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            last = ask.get();
        }
        return last;
    }

    private static HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("the platform did not answer", e);
        }
    }
}
