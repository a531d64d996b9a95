package io.crowdflow.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile or careless client sends, through the real server: each answer is a 4xx problem that names
 * what is wrong, and nothing changes. Also the security headers, and the server log after personal data
 * went through the platform.
 */
class HostileInputIT extends PlatformIT {

    /** HTTP/1.1 as curl speaks it: the JDK's default would try an h2c upgrade on the large uploads. */
    private static final java.util.regex.Pattern CONTENT_LENGTH =
            java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void jsonNestedTenThousandLevelsDeepIsRefusedAndCreatesNothing() {
        String before = newestTaskOf(REQUESTER);
        String nested = "[".repeat(10_000) + "]".repeat(10_000);
        Api.Reply reply = Api.post(token(REQUESTER), "/tasks", taskJson("Nested", 1, "PT1H", "image")
                .replace("{\"items\": [\"a.png\"]}", nested));
        assertProblem(reply, 400, "invalid-request");
        assertThat(reply.body()).contains("nested deeper than");
        assertThat(newestTaskOf(REQUESTER)).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhetherItsLengthIsDeclaredOrChunkedAndBeforeItIsSentWhenTheClientWaits()
            throws Exception {
        String before = newestTaskOf(REQUESTER);
        byte[] twoMiB = ("{\"title\": \"" + "x".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> declared = HTTP.send(post("/tasks", HttpRequest.BodyPublishers.ofByteArray(twoMiB)),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = HTTP.send(post("/tasks",
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMiB))),
                HttpResponse.BodyHandlers.ofString());
        Map<String, HttpResponse<String>> replies = Map.of("declared", declared, "chunked", chunked);
        for (var named : replies.entrySet()) {
            HttpResponse<String> reply = named.getValue();
            assertThat(reply.statusCode()).as(named.getKey() + ": " + reply.headers().map() + " " + reply.body())
                    .isEqualTo(413);
            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(reply.body()).contains("urn:crowdflow:problem:payload-too-large", "at most 1 MiB");
        }
        // Expect: 100-continue (curl's habit for large bodies): refused before the body is sent
        assertThat(answerBeforeTheBody("/tasks", token(REQUESTER), 40 << 20))
                .contains("HTTP/1.1 413").contains("urn:crowdflow:problem:payload-too-large");
        assertThat(newestTaskOf(REQUESTER)).isEqualTo(before);
        // a body just under the limit is read and judged on its content
        Api.Reply underTheLimit = Api.post(token(REQUESTER), "/tasks", taskJson("x".repeat(300), 1, "PT1H", "image"));
        assertProblem(underTheLimit, 400, "invalid-request");
    }

    @Test
    void negativeOrOverflowingMoneyIsRefusedAndMovesNothing() {
        String before = newestTaskOf(REQUESTER);
        for (String amount : new String[]{"\"-1.00\"", "\"1e400\"", "\"99999999999999999999999999.00\"", "0.5",
                "\"NaN\"", "\"0.00\""}) {
            Api.Reply task = Api.post(token(REQUESTER), "/tasks", taskJson("Money", 1, "PT1H", "image")
                    .replace("\"0.50\"", amount));
            assertProblem(task, 400, "invalid-request");
            assertThat(task.body()).contains("reward.amount");
        }
        assertThat(newestTaskOf(REQUESTER)).isEqualTo(before);

        String admin = subject(ADMIN);
        for (String amount : new String[]{"-5.00", "1e309", "1000000000.00", "0"}) {
            Api.Reply deposit = Api.post(token(ADMIN), "/admin/deposits",
                    "{\"owner\": \"" + admin + "\", \"amount\": \"" + amount + "\", \"currency\": \"USD\"}");
            assertProblem(deposit, 400, "invalid-request");
        }
        assertThat(Api.get(token(ADMIN), "/me/account").json().getJsonArray("balances")).isEmpty();
    }

    @Test
    void deadlinesInThePastOrOfNoLengthAreRefused() {
        String before = newestTaskOf(REQUESTER);
        for (String deadline : new String[]{"-PT1H", "PT0S", "P-1D", "P400D"}) {
            Api.Reply reply = Api.post(token(REQUESTER), "/tasks", taskJson("Deadline " + deadline, 1, deadline, "image"));
            assertProblem(reply, 400, "invalid-request");
            assertThat(reply.body()).contains("deadline");
        }
        assertThat(newestTaskOf(REQUESTER)).isEqualTo(before);
    }

    @Test
    void controlCharactersAreRefusedAndHtmlIsKeptAsPlainText() {
        fund(REQUESTER, "5.00");
        String before = newestTaskOf(REQUESTER);
        Api.Reply bell = Api.post(token(REQUESTER), "/tasks", taskJson("Ring \\u0007 the bell", 1, "PT1H", "image"));
        assertProblem(bell, 400, "invalid-request");
        assertThat(bell.body()).contains("control characters");
        assertThat(newestTaskOf(REQUESTER)).isEqualTo(before);

        String html = "<script>alert(1)</script> & <b>bold</b>";
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks",
                taskJson(html.replace("\"", "\\\""), 1, "PT1H", "nobody-" + UUID.randomUUID().toString().substring(0, 8)),
                UUID.randomUUID().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        Api.Reply read = Api.get(token(REQUESTER), "/tasks/" + posted.json().getString("id"));
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.json().getString("title")).isEqualTo(html);
    }

    @Test
    void ruleTablesThatCouldCarryCodeOrAMillionRowsAreRefusedAndNoVersionIsAdded() throws Exception {
        int before = Api.get(token("compliance"), "/governance/rulesets").array().size();
        String header = "Data class,Task type,Region,Lifecycle state,Keep for (ISO-8601),Then,Legal hold,Note\n";

        Api.Reply formula = upload("formula.csv", header + "personal,*,*,settled,P30D,purge,no,=HYPERLINK(\"x\")\n");
        assertProblem(formula, 422, "ruleset-invalid");
        assertThat(formula.body()).contains("formula");

        Api.Reply drl = upload("rules.drl", "rule \"r\" when then System.exit(0); end".getBytes(StandardCharsets.UTF_8));
        assertThat(drl.status()).as(drl.body()).isBetween(400, 499);
        assertThat(drl.contentType()).startsWith("application/problem+json");

        // a million rows (2 MB) are more than a retention table may hold (1 MiB): refused unread
        Api.Reply million = upload("million.csv", header + "x\n".repeat(1_000_000));
        assertProblem(million, 413, "ruleset-too-large");
        // half a million fit that size, reach the importer, which counts them and stops at its row limit
        Api.Reply halfAMillion = upload("half-a-million.csv", header + "x\n".repeat(500_000));
        assertProblem(halfAMillion, 422, "ruleset-invalid");
        assertThat(halfAMillion.body()).contains("too many rows");
        // and a table of 40 MB is refused by size before it is sent (Expect: 100-continue)
        assertThat(answerBeforeTheBody("/governance/rulesets?fileName=huge.csv", token("compliance"), 40 << 20))
                .contains("HTTP/1.1 413").contains("urn:crowdflow:problem:payload-too-large");

        assertThat(Api.get(token("compliance"), "/governance/rulesets").array()).hasSize(before);
    }

    @Test
    void theConsoleAndTheApiAnswerWithSecurityHeaders() throws Exception {
        HttpResponse<String> console = HTTP.send(HttpRequest.newBuilder(URI.create(
                Api.BASE.replace("/api", "/"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(console.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(console.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(console.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(console.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p ->
                assertThat(p).contains("camera=()", "geolocation=()"));

        Api.Reply api = Api.get(token("worker1"), "/me/account");
        assertThat(api.header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void personalDataThatPassesThroughThePlatformNeverReachesTheServerLogInClear() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "hostile-" + marker + "@example.org";
        String phone = "+44 20 7946 " + (1000 + Math.abs(marker.hashCode() % 9000));
        String skill = skillFor("worker2");
        fund(REQUESTER, "5.00");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", """
                {"title": "Call back", "instructions": "Write to %s or call %s", "type": "labeling",
                 "reward": {"amount": "0.50", "currency": "USD"}, "redundancy": 1, "deadline": "PT1H",
                 "skills": ["%s"], "input": {"contact": "%s"}}""".formatted(email, phone, skill, email),
                UUID.randomUUID().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");
        JsonObject assignment = Api.eventually(() -> assignmentOf("worker2", taskId), a -> a != null,
                Duration.ofSeconds(30));
        assertThat(assignment).as("worker2 is assigned").isNotNull();
        Api.Reply submitted = Api.post(token("worker2"), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": {\"reply\": \"mail me at " + email + "\"}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        // and the same data in requests that fail, where an error path might log the request
        Api.post(token(REQUESTER), "/tasks", taskJson(email, 1, email, "image"));
        Api.post(token("worker2"), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": \"" + email + "\"");

        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        assertThat(log).exists();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).as("the server log of this run").contains("CROWDFLOW-").doesNotContain(email, phone);
    }

    /**
     * Sends only the head of a POST that announces {@code length} bytes and asks {@code Expect: 100-continue}, as
     * curl does for large bodies, and reads what the server answers before any byte of the body. A raw socket:
     * JDK 17's HttpClient waits forever when the answer to an expectation is not 100 (JDK-8286171).
     */
    private static String answerBeforeTheBody(String path, String token, long length) throws IOException {
        URI uri = URI.create(Api.BASE + path);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + length
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var in = socket.getInputStream();
            var answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                var declared = CONTENT_LENGTH.matcher(text);
                if (end >= 0 && declared.find() && answer.size() >= end + 4 + Integer.parseInt(declared.group(1))) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static HttpRequest post(String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Authorization", "Bearer " + token(REQUESTER))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60)).POST(body).build();
    }

    private static Api.Reply upload(String fileName, String csv) {
        return upload(fileName, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Api.Reply upload(String fileName, byte[] content) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/governance/rulesets?fileName=" + fileName))
                .header("Authorization", "Bearer " + token("compliance"))
                .header("Content-Type", fileName.endsWith(".csv") ? "text/csv" : "application/octet-stream")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the platform did not answer", e);
        }
    }

    private static void assertProblem(Api.Reply reply, int status, String slug) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (slug != null) {
            assertThat(reply.json().getString("type")).isEqualTo("urn:crowdflow:problem:" + slug);
        }
    }

    /** The id of the requester's newest task: any task created in between would change it. */
    private static String newestTaskOf(String requester) {
        var tasks = Api.get(token(requester), "/tasks").array().getValuesAs(JsonObject.class);
        return tasks.isEmpty() ? "" : tasks.get(0).getString("id");
    }
}
