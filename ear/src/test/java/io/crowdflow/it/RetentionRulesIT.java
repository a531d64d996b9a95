package io.crowdflow.it;

import io.crowdflow.rules.retention.RetentionWorkbooks;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compliance officers change retention with a table: a table with mistakes is answered cell by cell, a DRL
 * upload is refused, a fixed table is dry-run and activated by a second officer (four eyes), the sweep
 * re-plans what is already archived, and tasks are archived and then purged on the new (test-short) schedule,
 * every step in the audit with the rule-set version and row.
 */
class RetentionRulesIT extends PlatformIT {

    static final String COMPLIANCE = "compliance";
    static final String COMPLIANCE2 = "compliance2";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TYPE = "transcription";

    static final String HELD_TYPE = "survey";

    /**
     * Transcriptions: archived 4 s after settlement, purged 4 s after archival. Surveys: the same on 2 s, but on
     * legal hold. Everything else as the test server's default.
     */
    static final List<List<String>> TABLE = List.of(RetentionWorkbooks.HEADER,
            List.of("*", TYPE, "*", "settled", "PT4S", "archive", "no", "short periods for the test"),
            List.of("*", TYPE, "*", "archived", "PT4S", "purge", "no", ""),
            List.of("*", HELD_TYPE, "*", "*", "", "", "yes", "legal hold on every survey"),
            List.of("*", HELD_TYPE, "*", "settled", "PT2S", "archive", "no", ""),
            List.of("*", HELD_TYPE, "*", "archived", "PT2S", "purge", "no", ""),
            List.of("*", "*", "*", "settled", "PT3S", "archive", "no", "the test server's default period"));

    @Test
    void officersChangeRetentionWithFourEyesAndTasksAreArchivedThenPurgedOnTheNewSchedule() {
        // a transcription archived under the built-in default (archive after PT3S, then keep)
        String before = settledTask(TYPE);
        assertThat(awaitStatus(before, "archived")).isEqualTo("archived");

        // a table with mistakes: answered by sheet, row and column; nothing stored
        int versionsBefore = Api.get(token(COMPLIANCE), "/governance/rulesets").array().size();
        Api.Reply bad = upload(COMPLIANCE, "retention.xlsx", XLSX, RetentionWorkbooks.xlsx(List.of(RetentionWorkbooks.HEADER,
                List.of("TOP-SECRET", TYPE, "*", "settled", "PT4S", "archive", "no", ""),
                List.of("*", TYPE, "*", "archived", "four seconds", "shred", "no", ""))));
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        JsonObject problem = bad.json();
        assertThat(problem.getString("type")).isEqualTo("urn:crowdflow:problem:ruleset-invalid");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("sheet") + "!" + e.getString("column") + e.getInt("row"))
                .containsExactlyInAnyOrder("Retention!A2", "Retention!E3", "Retention!F3");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();
        assertThat(Api.get(token(COMPLIANCE), "/governance/rulesets").array()).hasSize(versionsBefore);

        // the fixed table is stored as a new version
        Api.Reply uploaded = upload(COMPLIANCE, "retention.xlsx", XLSX, RetentionWorkbooks.xlsx(TABLE));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        int version = uploaded.json().getInt("version");
        assertThat(uploaded.json().getString("state")).isEqualTo("valid");
        assertThat(uploaded.json().getString("drl")).contains("rule \"Retention!2 decides");
        String rules = "/governance/rulesets/" + version;

        // not before a dry run; then the dry run tells what would change
        Api.Reply early = Api.post(token(COMPLIANCE2), rules + "/activate", "");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().getString("type")).isEqualTo("urn:crowdflow:problem:ruleset-dry-run-required");
        Api.Reply dryRun = Api.post(token(COMPLIANCE), rules + "/dry-run", "");
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        JsonObject report = dryRun.json();
        assertThat(report.getJsonObject("actions").getJsonObject("purge").getInt("records")).isGreaterThanOrEqualTo(1);
        assertThat(report.getJsonObject("rows").getInt("Retention!3")).isGreaterThanOrEqualTo(1);
        assertThat(report.getString("firstPurgeAt")).isNotBlank();
        assertThat(report.getInt("changed")).isGreaterThanOrEqualTo(1);

        // four eyes: the uploader cannot activate alone, a second officer can
        Api.Reply alone = Api.post(token(COMPLIANCE), rules + "/activate", "");
        assertThat(alone.status()).as(alone.body()).isEqualTo(403);
        assertThat(alone.json().getString("type")).isEqualTo("urn:crowdflow:problem:four-eyes-violation");
        Api.Reply activated = Api.post(token(COMPLIANCE2), rules + "/activate", "");
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        assertThat(activated.json().getString("state")).isEqualTo("active");
        assertThat(activated.json().getString("uploadedBy")).isEqualTo(subject(COMPLIANCE));
        assertThat(activated.json().getString("approvedBy")).isEqualTo(subject(COMPLIANCE2));
        assertThat(activated.json().getString("activatedBy")).isEqualTo(subject(COMPLIANCE2));

        // the sweep re-plans existing records with visible progress
        long sweepId = activated.json().getJsonObject("sweep").getJsonNumber("id").longValue();
        JsonObject sweep = Api.eventually(() -> Api.get(token(COMPLIANCE), "/governance/sweeps/" + sweepId).json(),
                s -> s.getString("state").equals("finished"), Duration.ofSeconds(60));
        assertThat(sweep.getString("state")).isEqualTo("finished");
        assertThat(sweep.getInt("processed")).isGreaterThanOrEqualTo(1);

        // the task archived before is purged on the new schedule (row 3), and the audit says why
        assertThat(awaitStatus(before, "purged")).isEqualTo("purged");
        assertThat(auditOf(before)).anySatisfy(e -> {
            assertThat(e.getString("kind")).isEqualTo("purged");
            assertThat(e.getInt("rulesetVersion")).isEqualTo(version);
            assertThat(e.getString("row")).isEqualTo("Retention!3");
        });

        // a task settled now is archived (row 2) and then purged (row 3)
        String after = settledTask(TYPE);
        assertThat(awaitStatus(after, "purged")).isEqualTo("purged");
        List<JsonObject> audit = auditOf(after);
        assertThat(audit).extracting(e -> e.getString("kind") + " " + e.getInt("rulesetVersion", -1) + " " + e.getString("row", "-"))
                .contains("archived " + version + " Retention!2", "purged " + version + " Retention!3");
        JsonObject plan = Api.get(token(COMPLIANCE), "/governance/retention/" + after).json();
        assertThat(plan.getString("lifecycleState")).isEqualTo("purged");
        JsonObject purged = task(REQUESTER, after);
        assertThat(purged.containsKey("title")).as("the content is gone").isFalse();
        assertThat(eventTypes(purged)).containsSubsequence("retention_planned", "archived", "retention_planned", "purged");

        // a survey on legal hold is archived, but not purged when its purge falls due
        String held = settledTask(HELD_TYPE);
        assertThat(awaitStatus(held, "archived")).isEqualTo("archived");
        JsonObject heldPlan = Api.eventually(() -> Api.get(token(COMPLIANCE), "/governance/retention/" + held).json(),
                p -> p.getString("lifecycleState").equals("archived") && p.containsKey("dueAt"), Duration.ofSeconds(30));
        assertThat(heldPlan.getString("action")).isEqualTo("purge");
        assertThat(heldPlan.getBoolean("legalHold")).isTrue();
        assertThat(heldPlan.getString("holdRows")).isEqualTo("Retention!4");
        Instant purgeDue = Instant.parse(heldPlan.getString("dueAt"));
        Api.eventually(Instant::now, now -> now.isAfter(purgeDue.plusSeconds(4)), Duration.ofSeconds(30));
        assertThat(task(REQUESTER, held).getString("status")).isEqualTo("archived");
        assertThat(auditOf(held)).extracting(e -> e.getString("kind")).contains("archived").doesNotContain("purged");

        // every version is kept with who uploaded, approved and activated it
        JsonObject listed = Api.get(token(COMPLIANCE), "/governance/rulesets").array().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getInt("version") == version).findFirst().orElseThrow();
        assertThat(listed.getString("activatedAt")).isNotBlank();
        assertThat(Api.get(token(COMPLIANCE), "/governance/audit?kind=ruleset_activated").json()
                .getJsonArray("entries").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getInt("rulesetVersion")).isEqualTo(version));
    }

    @Test
    void drlIsRefusedAndOnlyComplianceOfficersReachRetention() {
        byte[] drl = """
                package io.crowdflow.rules.retention.generated;
                rule "keep nothing"
                when
                then
                    System.exit(0);
                end
                """.getBytes(StandardCharsets.UTF_8);

        Api.Reply byName = upload(COMPLIANCE, "retention.drl", "application/octet-stream", drl);
        Api.Reply asCsv = upload(COMPLIANCE, "retention.csv", "text/csv", drl);

        assertThat(byName.status()).as(byName.body()).isEqualTo(415);
        assertThat(byName.json().getString("type")).isEqualTo("urn:crowdflow:problem:ruleset-format-refused");
        assertThat(asCsv.status()).as(asCsv.body()).isEqualTo(415);
        assertThat(asCsv.json().getString("detail")).contains("DRL");
        assertThat(upload(REQUESTER, "retention.xlsx", XLSX, RetentionWorkbooks.xlsx(TABLE)).status()).isEqualTo(403);
        assertThat(Api.get(token("worker1"), "/governance/audit").status()).isEqualTo(403);
        Api.Reply badPage = Api.get(token(COMPLIANCE), "/governance/audit?size=100000");
        assertThat(badPage.status()).as(badPage.body()).isEqualTo(400);
    }

    /**
     * Classification tables (issue 6, item 1): detectors stay in code; an officer's table only says which class a
     * detector's finding gives, by task type and region. Same lifecycle as retention: row/column problems, dry run,
     * four eyes, audit. Region XQ is used by no other test, so the active table changes nothing else.
     */
    @Test
    void officersTuneClassificationWithATableAndTheNextTaskIsClassifiedByItsRow() {
        Api.Reply bad = upload(COMPLIANCE, "classification.csv&kind=classification", "text/csv",
                "Detector,Task type,Region,Data class\n.*@.*,labeling,XQ,PUBLIC\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("sheet") + "!" + e.getString("column") + e.getInt("row"))
                .containsExactlyInAnyOrder("csv!A2", "csv!D2");

        Api.Reply uploaded = upload(COMPLIANCE, "classification.xlsx&kind=classification", XLSX,
                RetentionWorkbooks.xlsx("Classification", List.of(List.of("Detector", "Task type", "Region", "Data class"),
                        List.of("e-mail address", "labeling", "XQ", "SENSITIVE"))));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().getString("kind")).isEqualTo("classification");
        String row = "Classification!2 classifies: email address in labeling tasks for region XQ is SENSITIVE";
        assertThat(uploaded.json().getString("drl")).contains(row);
        String rules = "/governance/rulesets/" + uploaded.json().getInt("version");

        Api.Reply dryRun = Api.post(token(COMPLIANCE), rules + "/dry-run", "");
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.json().getString("kind")).isEqualTo("classification");
        assertThat(dryRun.json().getInt("records")).isGreaterThanOrEqualTo(0);
        Api.Reply alone = Api.post(token(COMPLIANCE), rules + "/activate", "");
        assertThat(alone.status()).as(alone.body()).isEqualTo(403);
        Api.Reply activated = Api.post(token(COMPLIANCE2), rules + "/activate", "");
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        assertThat(activated.json().getString("state")).isEqualTo("active");
        assertThat(activated.json().containsKey("sweep")).as("classification has no retention sweep").isFalse();

        fund(REQUESTER, "5.00");
        String inXq = postWithEmail("XQ");
        String inDe = postWithEmail("DE");
        JsonObject xq = task(REQUESTER, inXq);
        assertThat(xq.getString("dataClass")).isEqualTo("sensitive");
        assertThat(xq.getJsonArray("events").toString()).contains("Classification!2 classifies");
        assertThat(task(REQUESTER, inDe).getString("dataClass")).isEqualTo("personal");
        assertThat(Api.get(token(COMPLIANCE), "/governance/audit?kind=ruleset_activated").json()
                .getJsonArray("entries").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("detail")).contains("classification table approved"));
    }

    /**
     * The dry run at scale: asked for in the background (as it is beyond crowdflow.retention.dry-run-inline-limit
     * records), it answers 202 at once, shows its progress, and ends with the report on the version.
     */
    @Test
    void aBackgroundDryRunShowsItsProgressAndWritesTheReportOnTheVersion() {
        settledTask(TYPE);
        Api.Reply uploaded = upload(COMPLIANCE, "retention-bg.csv", "text/csv",
                RetentionWorkbooks.csv(TABLE).getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String rules = "/governance/rulesets/" + uploaded.json().getInt("version");

        Api.Reply started = Api.post(token(COMPLIANCE), rules + "/dry-run?background=true", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.header("Location")).contains("/governance/dry-runs/");
        long id = started.json().getJsonNumber("id").longValue();
        assertThat(started.json().getString("state")).isEqualTo("running");
        assertThat(started.json().getInt("total")).isGreaterThanOrEqualTo(1);

        JsonObject finished = Api.eventually(() -> Api.get(token(COMPLIANCE), "/governance/dry-runs/" + id).json(),
                j -> j.getString("state").equals("finished"), Duration.ofSeconds(60));
        assertThat(finished.getString("state")).isEqualTo("finished");
        assertThat(finished.getInt("processed")).isEqualTo(finished.getJsonObject("report").getInt("records"))
                .isGreaterThanOrEqualTo(1);
        assertThat(finished.getJsonObject("report").getJsonObject("rows").keySet()).anyMatch(r -> r.startsWith("csv!"));
        JsonObject version = Api.get(token(COMPLIANCE), rules).json();
        assertThat(version.getString("dryRunBy")).isEqualTo(subject(COMPLIANCE));
        assertThat(version.getJsonObject("lastDryRun")).isEqualTo(finished.getJsonObject("report"));
        assertThat(Api.get(token(COMPLIANCE), "/governance/dry-runs/999999").status()).isEqualTo(404);
    }

    private static String postWithEmail(String region) {
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", """
                {"title": "Label a contact", "instructions": "Write to someone@example.org", "type": "labeling",
                 "reward": {"amount": "0.20", "currency": "USD"}, "redundancy": 1, "deadline": "PT1H",
                 "skills": ["nobody-has-this-skill"], "region": "%s"}""".formatted(region));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().getString("id");
    }

    /** A task of the type done by worker1 and accepted by the reviewer: settled (or already archived). */
    private static String settledTask(String type) {
        fund(REQUESTER, "10.00");
        String skill = skillFor("worker1");
        String json = """
                {"title": "Transcribe a line", "instructions": "Type what you hear", "type": "%s",
                 "reward": {"amount": "0.20", "currency": "USD"}, "redundancy": 1, "deadline": "PT1H",
                 "skills": ["%s"], "input": {"audio": "a.ogg"}}""".formatted(type, skill);
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", json);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");
        JsonObject assignment = Api.eventually(() -> assignmentOf("worker1", taskId), Objects::nonNull, Duration.ofSeconds(30));
        assertThat(assignment).isNotNull();
        Api.Reply submitted = Api.post(token("worker1"), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": {\"text\": \"hello\"}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonObject review = Api.eventually(() -> Api.get(token(REVIEWER), "/reviews").array().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("taskId").equals(taskId)).findFirst().orElse(null),
                Objects::nonNull, Duration.ofSeconds(30));
        assertThat(review).as("the single answer goes to a human reviewer").isNotNull();
        Api.Reply decided = Api.post(token(REVIEWER), "/reviews/" + review.getString("id") + "/decision",
                "{\"decision\": \"accept\", \"reason\": \"correct\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return taskId;
    }

    private static String awaitStatus(String taskId, String status) {
        return Api.eventually(() -> task(REQUESTER, taskId).getString("status"), status::equals, Duration.ofSeconds(60));
    }

    private static List<JsonObject> auditOf(String taskId) {
        Api.Reply reply = Api.get(token(COMPLIANCE), "/governance/audit?taskId=" + taskId);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    private static Api.Reply upload(String user, String fileName, String contentType, byte[] content) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/governance/rulesets?fileName=" + fileName))
                .header("Authorization", "Bearer " + token(user)).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("the platform did not answer", e);
        }
    }
}
