package io.crowdflow.it;

import io.crowdflow.rules.retention.RetentionWorkbooks;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A benchmark, not a check of behaviour: the retention dry run over N generated retained tasks on PostgreSQL
 * (inserted by SQL), run in the background page by page. Runs only with -Dcrowdflow.bench.dry-run-records=N and
 * -Ppostgresql; prints the figures for docs/benchmarks.md and removes the generated rows afterwards.
 */
class RetentionDryRunScaleIT extends PlatformIT {

    static final String PREFIX = "bench-dry-run-";

    @Test
    void aDryRunOverManyRetainedTasksRunsInTheBackgroundToTheEnd() throws Exception {
        int n = Integer.getInteger("crowdflow.bench.dry-run-records", 0);
        String url = System.getProperty("crowdflow.test.db.url", "");
        assumeTrue(n > 0 && url.startsWith("jdbc:postgresql:"), "a benchmark: -Dcrowdflow.bench.dry-run-records=N on"
                + " PostgreSQL");
        try (Connection db = DriverManager.getConnection(url, System.getProperty("crowdflow.test.db.user"),
                System.getProperty("crowdflow.test.db.password")); Statement sql = db.createStatement()) {
            clean(sql);
            long insertStart = System.nanoTime();
            sql.executeUpdate("insert into cf_task (id, requester_id, title, task_type, reward_amount, currency,"
                    + " redundancy, deadline, skills, status, data_class, created_at, version)"
                    + " select '" + PREFIX + "' || lpad(g::text, 9, '0'), 'bench-requester', 'Bench task',"
                    + " case when g % 2 = 0 then 'transcription' else 'survey' end, 0.10, 'USD', 1, 'PT1H', '',"
                    + " 'SETTLED', case when g % 3 = 0 then 'PERSONAL' else 'PUBLIC' end,"
                    + " now() - (g % 1000) * interval '1 minute', 0 from generate_series(1, " + n + ") g");
            sql.executeUpdate("insert into cf_retention_plan (task_id, data_class, task_type, region, lifecycle_state,"
                    + " state_since, action, keep_for, due_at, legal_hold, ruleset_version, reason, planned_at,"
                    + " lock_version) select id, data_class, task_type, null, 'SETTLED', created_at, 'KEEP',"
                    + " null, null, false, 0, 'bench: kept, so enforcement leaves it alone', now(), 0 from cf_task"
                    + " where id like '" + PREFIX + "%'");
            sql.execute("analyze cf_task");
            sql.execute("analyze cf_retention_plan");
            double insertSeconds = (System.nanoTime() - insertStart) / 1e9;

            byte[] table = RetentionWorkbooks.csv(List.of(RetentionWorkbooks.HEADER,
                    List.of("PERSONAL", "*", "*", "settled", "P30D", "archive", "no", ""),
                    List.of("*", "*", "*", "settled", "P1Y", "archive", "no", ""),
                    List.of("*", "*", "*", "archived", "P2Y", "purge", "no", ""))).getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> uploaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(Api.BASE + "/governance/rulesets?fileName=bench.csv"))
                    .header("Authorization", "Bearer " + token("compliance")).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(table)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            int version = Api.get(token("compliance"), "/governance/rulesets").array().getJsonObject(0).getInt("version");

            long start = System.nanoTime();
            Api.Reply started = Api.post(token("compliance"), "/governance/rulesets/" + version + "/dry-run", "");
            double answerMs = (System.nanoTime() - start) / 1e6;
            assertThat(started.status()).as("beyond the inline limit: in the background; " + started.body())
                    .isEqualTo(202);
            long id = started.json().getJsonNumber("id").longValue();
            JsonObject done = Api.eventually(() -> Api.get(token("compliance"), "/governance/dry-runs/" + id).json(),
                    j -> j.getString("state").equals("finished"), Duration.ofMinutes(4));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(done.getString("state")).isEqualTo("finished");
            assertThat(done.getInt("processed")).isGreaterThanOrEqualTo(n);
            System.out.printf("CROWDFLOW-BENCH dry run: %d generated retained tasks (inserted in %.1f s); POST answered"
                            + " 202 in %.0f ms; finished after %.1f s (%d records, %d pages, %.0f records/s, wall clock"
                            + " including up to one enforcement interval of waiting)%n", n, insertSeconds, answerMs,
                    seconds, done.getInt("processed"), done.getInt("pages"), done.getInt("processed") / seconds);
        } finally {
            try (Connection db = DriverManager.getConnection(url, System.getProperty("crowdflow.test.db.user"),
                    System.getProperty("crowdflow.test.db.password")); Statement sql = db.createStatement()) {
                clean(sql);
            }
        }
    }

    private static void clean(Statement sql) throws SQLException {
        sql.executeUpdate("delete from cf_retention_plan where task_id like '" + PREFIX + "%'");
        sql.executeUpdate("delete from cf_task where id like '" + PREFIX + "%'");
    }
}
