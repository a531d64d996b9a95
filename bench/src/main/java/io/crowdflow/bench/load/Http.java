package io.crowdflow.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;

/** A small JSON-over-HTTP client with per-call latency recording. */
public final class Http {

    /** How the clients talk to the platform: {@code --http 1.1} (the default), {@code 1.1-jdk} or {@code 2}. */
    public enum Protocol {
        /**
         * HTTP/1.1 on the calling thread ({@link java.net.HttpURLConnection}, kept-alive connections): what a
         * simple API client does, and the cheapest for the machine the platform shares with the driver.
         */
        HTTP_1_1("1.1"),
        /** HTTP/1.1 through the JDK's asynchronous {@link java.net.http.HttpClient}: the driver's client until 2026-11-26. */
        HTTP_1_1_JDK_CLIENT("1.1-jdk"),
        /** HTTP/2 through the JDK's client, which upgrades each plain connection (h2c) and multiplexes calls over it. */
        HTTP_2("2");

        private final String option;

        Protocol(String option) {
            this.option = option;
        }

        /** The protocol a command line's {@code --http} value names. */
        public static Protocol of(String option) {
            for (Protocol protocol : values()) {
                if (protocol.option.equals(option)) {
                    return protocol;
                }
            }
            throw new IllegalArgumentException("--http is 1.1, 1.1-jdk or 2, not " + option);
        }

        HttpTransport transport() {
            return switch (this) {
                case HTTP_1_1 -> new BlockingHttpTransport();
                case HTTP_1_1_JDK_CLIENT -> new JdkClientTransport(java.net.http.HttpClient.Version.HTTP_1_1);
                case HTTP_2 -> new JdkClientTransport(java.net.http.HttpClient.Version.HTTP_2);
            };
        }
    }

    private final HttpTransport transport;
    private final Latencies latencies;

    /** HTTP/1.1, as most API clients speak it over plain HTTP. */
    public Http(Latencies latencies) {
        this(latencies, Protocol.HTTP_1_1);
    }

    public Http(Latencies latencies, Protocol protocol) {
        this.latencies = latencies;
        this.transport = protocol.transport();
    }

    public record Reply(int status, String body) {

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
        return send(call, HttpTransport.Request.of("GET", url, token));
    }

    public Reply post(String call, String url, String token, String json, String idempotencyKey) {
        HttpTransport.Request request = HttpTransport.Request.of("POST", url, token).body("application/json", json);
        return send(call, idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey));
    }

    public Reply put(String call, String url, String token, String json) {
        return send(call, HttpTransport.Request.of("PUT", url, token).body("application/json", json));
    }

    public Reply form(String call, String url, String form, String token) {
        return send(call, HttpTransport.Request.of("POST", url, token).body("application/x-www-form-urlencoded", form));
    }

    private Reply send(String call, HttpTransport.Request request) {
        long start = System.nanoTime();
        try {
            Reply reply = transport.exchange(request);
            latencies.record(call, System.nanoTime() - start, reply.status() >= 500);
            return reply;
        } catch (IOException e) {
            latencies.record(call, System.nanoTime() - start, true);
            throw new CallFailed(call + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallFailed(call + ": interrupted");
        }
    }
}
