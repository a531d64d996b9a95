package io.crowdflow.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client with per-call latency recording. */
public final class Http {

    private final HttpClient client;
    private final Latencies latencies;

    /** HTTP/1.1, as most API clients speak it over plain HTTP. */
    public Http(Latencies latencies) {
        this(latencies, HttpClient.Version.HTTP_1_1);
    }

    /**
     * With {@code HTTP_2}, the JDK's client upgrades each plain connection to HTTP/2 (h2c), which WildFly
     * accepts, and multiplexes all calls over it.
     */
    public Http(Latencies latencies, HttpClient.Version version) {
        this.latencies = latencies;
        this.client = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** {@code 1.1} or {@code 2}, as given on a command line. */
    public static HttpClient.Version version(String text) {
        return switch (text) {
            case "1.1" -> HttpClient.Version.HTTP_1_1;
            case "2" -> HttpClient.Version.HTTP_2;
            default -> throw new IllegalArgumentException("--http is 1.1 or 2, not " + text);
        };
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public Reply expect(int expected, String what) {
            if (status != expected) {
                throw new CallFailed(what + ": HTTP " + status + " " + (body.length() > 300 ? body.substring(0, 300) : body));
            }
            return this;
        }
    }

    public static final class CallFailed extends RuntimeException {
        public CallFailed(String message) {
            super(message);
        }
    }

    public Reply get(String call, String url, String token) {
        return send(call, HttpRequest.newBuilder(URI.create(url)).GET(), token);
    }

    public Reply post(String call, String url, String token, String json, String idempotencyKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(call, builder, token);
    }

    public Reply put(String call, String url, String token, String json) {
        return send(call, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    public Reply form(String call, String url, String form, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return send(call, builder, token);
    }

    private Reply send(String call, HttpRequest.Builder builder, String token) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        builder.timeout(Duration.ofSeconds(60));
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            latencies.record(call, System.nanoTime() - start, response.statusCode() >= 500);
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            latencies.record(call, System.nanoTime() - start, true);
            throw new CallFailed(call + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallFailed(call + ": interrupted");
        }
    }
}
