package io.crowdflow.bench.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpTest {

    private HttpServer server;
    private String base;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startAnEchoServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", this::echo);
        server.createContext("/missing", exchange -> reply(exchange, 404, "{\"title\":\"not here\"}"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopTheServer() {
        server.stop(0);
    }

    private void echo(HttpExchange exchange) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String body = new String(bytes, StandardCharsets.UTF_8);
        seen.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization") + " "
                + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                + exchange.getRequestHeaders().getFirst("Idempotency-Key") + " " + body);
        reply(exchange, 201, "{\"echo\":" + bytes.length + "}");
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @ParameterizedTest
    @EnumSource(Http.Protocol.class)
    void aPostCarriesItsTokenBodyAndIdempotencyKeyAndItsReplyIsRead(Http.Protocol protocol) {
        Latencies latencies = new Latencies();
        latencies.recording(true);
        Http http = new Http(latencies, protocol);

        Http.Reply reply = http.post("POST /echo", base + "/echo", "t0k3n", "{\"a\": \"é\"}", "key-1");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.object().getInt("echo")).isEqualTo("{\"a\": \"é\"}".getBytes(StandardCharsets.UTF_8).length);
        assertThat(seen).containsExactly("POST Bearer t0k3n application/json key-1 {\"a\": \"é\"}");
        assertThat(latencies.totalErrors()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Http.Protocol.class)
    void anErrorReplysBodyIsReadTooAndExpectNamesIt(Http.Protocol protocol) {
        Http http = new Http(new Latencies(), protocol);

        Http.Reply reply = http.get("GET /missing", base + "/missing", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThatThrownBy(() -> reply.expect(200, "the look-up")).isInstanceOf(Http.CallFailed.class)
                .hasMessageContaining("the look-up: HTTP 404").hasMessageContaining("not here");
    }

    @Test
    void theBlockingClientKeepsItsConnectionAliveFromCallToCall() {
        Http http = new Http(new Latencies(), Http.Protocol.HTTP_1_1);

        for (int i = 0; i < 3; i++) {
            http.put("PUT /echo", base + "/echo", "t", "{}");
        }

        assertThat(seen).hasSize(3).allMatch(line -> line.startsWith("PUT Bearer t application/json null"));
        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void aServerThatIsNotThereIsAFailedCallCountedAsAnError() {
        Latencies latencies = new Latencies();
        latencies.recording(true);
        Http http = new Http(latencies, Http.Protocol.HTTP_1_1);
        server.stop(0);

        assertThatThrownBy(() -> http.get("GET /echo", base + "/echo", null)).isInstanceOf(Http.CallFailed.class)
                .hasMessageStartingWith("GET /echo: ");
        assertThat(latencies.totalErrors()).isEqualTo(1);
    }

    @Test
    void theCommandLineNamesOneOfThreeWays() {
        assertThat(Http.Protocol.of("1.1")).isEqualTo(Http.Protocol.HTTP_1_1);
        assertThat(Http.Protocol.of("1.1-jdk")).isEqualTo(Http.Protocol.HTTP_1_1_JDK_CLIENT);
        assertThat(Http.Protocol.of("2")).isEqualTo(Http.Protocol.HTTP_2);
    }

    @Test
    void anyOtherVersionIsRefusedWithTheOptionsName() {
        assertThatThrownBy(() -> Http.Protocol.of("3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--http");
    }
}
