package io.crowdflow.bench.load;

import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs full task lifecycles through the platform's REST API with real Keycloak tokens: post, the
 * assignee's look-up and submission, the reviewer's decision, the requester's read of the settled task
 * (archival is scheduled by the retention timer, outside the run). Each client has a requester and a
 * worker of its own (created in the realm through Keycloak's admin API, idempotently) and a skill of its
 * own, so the client knows who gets its tasks. Prints lifecycles per second, latency percentiles per
 * call, errors, and, given a PostgreSQL JDBC URL, commits and row writes per lifecycle.
 * <p>
 * {@code --api} takes one base URL or several separated by commas (several nodes of one platform): client
 * {@code i} talks to URL {@code i mod n}. {@code --post-retry-seconds s} (default 0) makes a client whose
 * {@code POST /tasks} got no answer, a 502/503/504 or a 404 (a node still deploying) send the same request with the same
 * {@code Idempotency-Key} again, once a second for up to {@code s} seconds, as a client should when a node
 * goes away; a lifecycle is then counted once however often its post was retried.
 * <p>
 * Without {@code --rate} the run is a closed loop: each client starts its next lifecycle as soon as its last one
 * ended (no think time), so the platform is saturated and, by Little's law, a call's mean latency is about
 * clients / (lifecycles per second x 5 calls). With {@code --rate r} (lifecycles per second, decimals allowed)
 * the load is open: lifecycle {@code k} is due at {@code k / r} seconds ({@link Pacer}) and the next free client
 * starts it then; the clients bound how many lifecycles are in flight. The table then also shows
 * {@code (start delay)}, how late lifecycles started because every client was busy, and {@code (lifecycle)},
 * the whole lifecycle's latency from its due time. The warm-up always runs closed. The fault tests
 * ({@code faults/}) use the same class as a library: {@link #LoadDriver(List, String)}, {@link #prepare},
 * {@link #run}.
 *
 * <pre>
 * java -cp bench/target/crowdflow-bench.jar io.crowdflow.bench.load.LoadDriver \
 *   --lifecycles 500 --clients 8 [--warmup 40] [--api http://localhost:8080/crowdflow/api[,http://...]]
 *   [--rate 7.5] [--answer '"cat"'] [--http 1.1|1.1-jdk|2] [--keycloak http://localhost:8180] [--kc-admin admin] [--kc-admin-password admin]
 *   [--pg jdbc:postgresql://127.0.0.1:5432/crowdflow --pg-user postgres]
 * </pre>
 */
public final class LoadDriver {

    /** The API calls of one lifecycle ({@link #lifecycle}): post, my assignments, submit, decide, read. */
    static final int CALLS_PER_LIFECYCLE = 5;

    private final List<String> apis;
    private final String keycloak;
    private final Latencies latencies = new Latencies();
    private volatile Http http = new Http(latencies);
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private volatile int postRetrySeconds;
    private volatile String answerJson = DEFAULT_ANSWER;

    /** The answer each worker submits unless {@code --answer} says otherwise: no label, so a human decides it. */
    static final String DEFAULT_ANSWER = "{\"cat\": true}";

    /** A driver against one or several API base URLs (…/crowdflow/api) of one platform. */
    public LoadDriver(List<String> apis, String keycloak) {
        if (apis.isEmpty()) {
            throw new IllegalArgumentException("at least one API base URL");
        }
        this.apis = List.copyOf(apis);
        this.keycloak = keycloak;
    }

    /** How long a client retries a {@code POST /tasks} that got no answer, a 502/503/504 or a 404 (0: never). */
    public LoadDriver postRetrySeconds(int seconds) {
        this.postRetrySeconds = seconds;
        return this;
    }

    /**
     * The JSON answer every worker submits: the default has no label ({@link #DEFAULT_ANSWER}), a label such as
     * {@code "cat"} makes each review read the type's pool and estimate the worker's reputation over it.
     */
    public LoadDriver answer(String json) {
        this.answerJson = json;
        return this;
    }

    /** Latencies and errors of the calls made since the driver was created (while recording). */
    public String latencyTable() {
        return latencies.table();
    }

    public int errors() {
        return latencies.totalErrors();
    }

    /** How the clients speak HTTP ({@code --http 1.1}, the default, {@code 1.1-jdk} or {@code 2}). */
    public LoadDriver http(Http.Protocol protocol) {
        this.http = new Http(latencies, protocol);
        return this;
    }

    /** Whether calls count in the latencies and errors (off for a warm-up). */
    public void measuring(boolean on) {
        latencies.recording(on);
    }

    /** This run's id: part of every skill the driver's clients use, so its tasks can be told apart. */
    public String runId() {
        return runId;
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int lifecycles = options.number("lifecycles", 200);
        int clients = options.number("clients", 4);
        int warmup = options.number("warmup", Math.min(40, lifecycles));
        String rateOption = options.text("rate", null);
        Double rate = rateOption == null ? null : Double.valueOf(rateOption);
        LoadDriver driver = new LoadDriver(List.of(options.text("api", "http://localhost:8080/crowdflow/api")
                .split(",")), options.text("keycloak", "http://localhost:8180"))
                .postRetrySeconds(options.number("post-retry-seconds", 0))
                .answer(options.text("answer", DEFAULT_ANSWER))
                .http(Http.Protocol.of(options.text("http", "1.1")));
        List<Client> crowd = driver.prepare(clients, options.text("kc-admin", "admin"),
                options.text("kc-admin-password", "admin"), lifecycles + warmup);

        driver.latencies.recording(false);
        driver.run(crowd, warmup);
        driver.latencies.recording(true);

        DbCounters before = DbCounters.read(options.text("pg", null), options.text("pg-user", "postgres"));
        long start = System.nanoTime();
        int done = driver.run(crowd, lifecycles, rate);
        double seconds = (System.nanoTime() - start) / 1e9;
        DbCounters after = DbCounters.read(options.text("pg", null), options.text("pg-user", "postgres"));

        System.out.printf(Locale.ROOT, "%nlifecycles: %d of %d completed by %d clients against %d node(s) in %.1f s: "
                + "%.1f lifecycles/s (offered: %s); errors: %d%n%n", done, lifecycles, clients, driver.apis.size(),
                seconds, done / seconds, rate == null ? "closed loop, no think time" : rate + " lifecycles/s",
                driver.latencies.totalErrors());
        System.out.print(driver.latencies.table());
        if (rate == null && done > 0) {
            System.out.printf(Locale.ROOT, "%nclosed loop, so by Little's law a call's mean latency is about %d clients / "
                    + "(%.1f lifecycles/s x %d calls) = %.0f ms, whatever the platform does with it%n", clients,
                    done / seconds, CALLS_PER_LIFECYCLE, closedLoopMeanCallMillis(clients, done / seconds));
        }
        if (before != null && after != null && done > 0) {
            System.out.printf(Locale.ROOT, "%ndatabase per lifecycle: %.1f commits, %.1f rows inserted, %.1f rows "
                    + "updated, %.1f rows deleted%n", (after.commits - before.commits) / (double) done,
                    (after.inserted - before.inserted) / (double) done, (after.updated - before.updated) / (double) done,
                    (after.deleted - before.deleted) / (double) done);
        }
    }

    /**
     * Little's law for the closed loop: {@code clients} lifecycles are always in flight, each of
     * {@value #CALLS_PER_LIFECYCLE} calls back to back with no think time, so the mean call takes
     * clients / (throughput x calls per lifecycle), less only the driver's own time between calls.
     */
    static double closedLoopMeanCallMillis(int clients, double lifecyclesPerSecond) {
        return 1000.0 * clients / (lifecyclesPerSecond * CALLS_PER_LIFECYCLE);
    }

    /** One client: its own requester, worker and skill, and the node it talks to. */
    public record Client(int index, String api, String requesterToken, String workerToken, String skill) {
    }

    /**
     * Creates (idempotently) and funds one requester and one worker per client for this many lifecycles,
     * gives each worker a skill of this run, and spreads the clients over the API base URLs.
     */
    public List<Client> prepare(int clients, String kcAdmin, String kcAdminPassword, int lifecycles) {
        KeycloakUsers users = new KeycloakUsers(http, keycloak, kcAdmin, kcAdminPassword);
        String adminToken = token("admin");
        List<Client> crowd = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String api = apis.get(i % apis.size());
            String requester = "load-requester-" + i;
            String worker = "load-worker-" + i;
            String requesterId = users.ensure(requester, "requester");
            users.ensure(worker, "worker");
            String requesterToken = token(requester);
            String workerToken = token(worker);
            String skill = "load-" + runId + "-" + i;
            http.put("setup", api + "/me/profile", workerToken, "{\"skills\": [\"" + skill + "\"]}")
                    .expect(200, "worker skills");
            http.get("setup", api + "/me/profile", requesterToken).expect(200, "requester registration");
            // clients share one counter, so any one of them may run them all
            String amount = String.format(Locale.ROOT, "%.2f", 0.55 * (lifecycles + 2));
            http.post("setup", api + "/admin/deposits", adminToken, "{\"owner\": \"" + requesterId
                    + "\", \"amount\": \"" + amount + "\", \"currency\": \"USD\"}", null).expect(200, "deposit");
            crowd.add(new Client(i, api, requesterToken, workerToken, skill));
        }
        reviewerToken = token("reviewer");
        return crowd;
    }

    private String reviewerToken;

    /** Runs this many lifecycles spread over the clients, closed loop; returns how many completed. */
    public int run(List<Client> crowd, int lifecycles) throws Exception {
        return run(crowd, lifecycles, null);
    }

    /**
     * Runs this many lifecycles spread over the clients; with a rate (lifecycles per second) each is started at
     * its due time ({@link Pacer}), without one as soon as a client is free. Returns how many completed.
     */
    public int run(List<Client> crowd, int lifecycles, Double rate) throws Exception {
        AtomicInteger remaining = new AtomicInteger(lifecycles);
        AtomicInteger completed = new AtomicInteger();
        Pacer pacer = rate == null ? null : new Pacer(rate, System.nanoTime());
        ExecutorService pool = Executors.newFixedThreadPool(crowd.size());
        List<Future<?>> futures = new ArrayList<>();
        for (Client client : crowd) {
            futures.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    long due = System.nanoTime();
                    if (pacer != null) {
                        due = pacer.nextDue();
                        latencies.record("(start delay)", Pacer.awaitDue(due), false);
                    }
                    try {
                        lifecycle(client);
                        latencies.record("(lifecycle)", System.nanoTime() - due, false);
                        completed.incrementAndGet();
                    } catch (Http.CallFailed e) {
                        latencies.error("(lifecycle)");
                        System.err.println("client " + client.index() + ": " + e.getMessage());
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return completed.get();
    }

    private void lifecycle(Client client) {
        String api = client.api();
        String task = """
                {"title": "Load test task", "instructions": "Is there a cat?", "type": "labeling",
                 "reward": {"amount": "0.50", "currency": "USD"}, "redundancy": 1, "deadline": "PT1H",
                 "skills": ["%s"], "input": {"items": ["a.png"]}}""".formatted(client.skill());
        JsonObject posted = post(api, client.requesterToken(), task, UUID.randomUUID().toString())
                .expect(201, "post").object();
        String taskId = posted.getString("id");
        String assignmentId = http.get("GET /me/assignments", api + "/me/assignments", client.workerToken())
                .expect(200, "assignments").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("taskId").equals(taskId)).findFirst()
                .orElseThrow(() -> new Http.CallFailed("no assignment for task " + taskId)).getString("id");
        String submissionId = http.post("POST /assignments/{id}/submission",
                api + "/assignments/" + assignmentId + "/submission", client.workerToken(),
                "{\"answer\": " + answerJson + "}", null).expect(201, "submit").object().getString("id");
        http.post("POST /reviews/{id}/decision", api + "/reviews/" + submissionId + "/decision", reviewerToken,
                "{\"decision\": \"accept\", \"reason\": \"load test\"}", null).expect(200, "decide");
        String status = http.get("GET /tasks/{id}", api + "/tasks/" + taskId, client.requesterToken())
                .expect(200, "read").object().getString("status");
        if (!status.equals("settled")) {
            throw new Http.CallFailed("task " + taskId + " is " + status + " after its review, not settled");
        }
    }

    /** {@code POST /tasks}; with post retries on, again with the same key while no node answers. */
    private Http.Reply post(String api, String token, String task, String idempotencyKey) {
        long giveUp = System.nanoTime() + postRetrySeconds * 1_000_000_000L;
        while (true) {
            try {
                Http.Reply reply = http.post("POST /tasks", api + "/tasks", token, task, idempotencyKey);
                // 404: a node that is starting answers before the platform is deployed on it
                boolean unavailable = reply.status() == 404 || (reply.status() >= 502 && reply.status() <= 504);
                if (!unavailable || System.nanoTime() > giveUp) {
                    return reply;
                }
            } catch (Http.CallFailed e) {
                if (System.nanoTime() > giveUp) {
                    throw e;
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Http.CallFailed("interrupted");
            }
        }
    }

    private String token(String user) {
        String form = "grant_type=password&client_id=crowdflow-cli&username=" + enc(user) + "&password=" + enc(user);
        return http.form("token", keycloak + "/realms/crowdflow/protocol/openid-connect/token", form, null)
                .expect(200, "token for " + user).object().getString("access_token");
    }

    public static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** PostgreSQL's own counters for the database (pg_stat_database), before and after the run. */
    record DbCounters(long commits, long inserted, long updated, long deleted) {

        static DbCounters read(String url, String user) {
            if (url == null) {
                return null;
            }
            try (Connection connection = DriverManager.getConnection(url, user, "");
                 ResultSet row = connection.createStatement().executeQuery("select xact_commit, tup_inserted, "
                         + "tup_updated, tup_deleted from pg_stat_database where datname = current_database()")) {
                row.next();
                return new DbCounters(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
            } catch (SQLException e) {
                System.err.println("no database counters: " + e.getMessage());
                return null;
            }
        }
    }
}
