package io.crowdflow.faults;

import io.crowdflow.bench.load.LoadDriver;
import io.crowdflow.faults.harness.CrowdReturns;
import io.crowdflow.faults.harness.KeycloakServer;
import io.crowdflow.faults.harness.LedgerCheck;
import io.crowdflow.faults.harness.PlatformApi;
import io.crowdflow.faults.harness.PlatformInvariants;
import io.crowdflow.faults.harness.Postgres;
import io.crowdflow.faults.harness.TcpProxy;
import io.crowdflow.faults.harness.WildFlyNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform on real servers that the test starts, kills and cuts itself (docs/reliability.md, "Faults"):
 * Keycloak on 8180, WildFly node0 (port offset 0) and node1 (offset 200), one fresh PostgreSQL database reached
 * through a TCP proxy the test can cut. The scenarios run in order on the same platform; after each, the
 * invariants of {@link PlatformInvariants} must hold for everything in the database and the ledger must verify.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformUnderFaultsIT {

    /** 8080 + 100 would be Keycloak's 8180: the second node takes offset 200 (HTTP 8280, management 10190). */
    static final int SECOND_NODE_OFFSET = 200;
    static final Duration START_BOUND = Duration.ofMinutes(5);
    /** How long an API call may take while a dependency is away before it counts as a hang. */
    static final Duration ANSWER_BOUND = Duration.ofSeconds(40);
    /** Lifecycles running while Keycloak or the database is away, and to show that work resumes afterwards. */
    static final int OUTAGE_LIFECYCLES = 100;
    static final int AFTER_OUTAGE = 100;

    final Path work = Path.of(System.getProperty("crowdflow.faults.work", "target/faults"));
    final int lifecycles = Integer.getInteger("crowdflow.faults.lifecycles", 250);
    final int crashLifecycles = Integer.getInteger("crowdflow.faults.crash-lifecycles", 500);
    final int clients = Integer.getInteger("crowdflow.faults.clients", 16);

    Postgres db;
    TcpProxy proxy;
    KeycloakServer keycloak;
    WildFlyNode node0;
    WildFlyNode node1;
    PlatformInvariants invariants;
    final List<String> report = new ArrayList<>();
    /** Background load and probes, on threads of their own (never the common pool). */
    final ExecutorService background = Executors.newCachedThreadPool();

    @BeforeAll
    void startPlatform() throws IOException {
        // a fresh run: node directories (with the EAR), keystore, logs and report of an earlier run go
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        db = new Postgres(System.getProperty("crowdflow.faults.pg", "jdbc:postgresql://127.0.0.1:5432/"),
                System.getProperty("crowdflow.faults.pg-user", "postgres"),
                System.getProperty("crowdflow.faults.pg-password", "postgres"));
        invariants = new PlatformInvariants(db);
        proxy = new TcpProxy(15432, db.hostAndPort());
        keycloak = new KeycloakServer(Path.of(System.getProperty("crowdflow.faults.keycloak-home")),
                Path.of(System.getProperty("crowdflow.faults.realm")), work);
        Map<String, String> settings = Map.of(
                "crowdflow.assignment.retry-interval", "PT2S",
                "crowdflow.job-executor.wait-ms", "300",
                "crowdflow.job-executor.max-wait-ms", "1000",
                "crowdflow.job-executor.lock-time-ms", "60000",
                "crowdflow.review.minimum-work-time", "PT0S",
                "crowdflow.ledger.keystore", work.resolve("ledger.p12").toString(),
                // demo only: the master key of personal data (docs/governance.md), the same on every node
                "crowdflow.crypto.master-key", "aftu4V8+B+VZrZkPPV6Kp9p/MobJcDvruuFOt215ztY=");
        Path wildfly = Path.of(System.getProperty("crowdflow.faults.wildfly-home"));
        Path ear = Path.of(System.getProperty("crowdflow.faults.ear"));
        String viaProxy = db.urlVia(proxy.hostAndPort());
        node0 = new WildFlyNode("node0", wildfly, work, ear, 0, viaProxy, db.user(), db.password(), settings);
        node1 = new WildFlyNode("node1", wildfly, work, ear, SECOND_NODE_OFFSET, viaProxy, db.user(), db.password(),
                settings);
        log("database " + db.url() + " (nodes connect through the proxy " + proxy.hostAndPort() + ")");
        timed("Keycloak started", () -> keycloak.start(START_BOUND));
        timed("node0 started", () -> node0.start(START_BOUND));
    }

    @AfterAll
    void stopPlatform() throws IOException {
        for (AutoCloseable server : new AutoCloseable[] {node1, node0, keycloak, proxy}) {
            try {
                if (server != null) {
                    server.close();
                }
            } catch (Exception e) {
                log("closing " + server + ": " + e);
            }
        }
        background.shutdownNow();
        if (db != null && !Boolean.getBoolean("crowdflow.faults.keep-db")) {
            db.close();
        }
        Files.write(work.resolve("report.md"), report);
        System.out.println(String.join("\n", report));
    }

    @Test
    @Order(1)
    void twoNodesOnOneDatabaseServeTheLoadWithoutDoublingAnything() throws Exception {
        timed("node1 started", () -> node1.start(START_BOUND));
        List<String> both = List.of(node0.api(), node1.api());
        // both nodes warm (JIT, caches, pools) before either is measured; node1 idles while node0 is measured
        LoadDriver warmup = new LoadDriver(both, KeycloakServer.URL);
        warmup.run(warmup.prepare(clients, "admin", "admin", 2 * clients * 4), 2 * clients * 4);
        double one = measure("one node", List.of(node0.api()), lifecycles);
        double two = measure("two nodes", both, lifecycles);
        log(String.format(Locale.ROOT, "two nodes / one node: %.2f%s", two / one, node0.cpuCap()
                .map(cap -> " (each node capped at " + cap + " by a cgroup of its own)").orElse(" (nodes uncapped)")));

        finishAndCheck(Duration.ofMinutes(2));
    }

    @Test
    @Order(2)
    void aNodeKilledDuringLoadLosesNothingOnceItIsBack() throws Exception {
        timed("node1 stopped (the crash is of the only node)", node1::stop);
        LoadDriver driver = new LoadDriver(List.of(node0.api()), KeycloakServer.URL).postRetrySeconds(300);
        List<LoadDriver.Client> crowd = driver.prepare(clients, "admin", "admin", crashLifecycles);
        long before = db.number("select count(*) from cf_task");
        long start = System.nanoTime();
        CompletableFuture<Integer> load = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.run(crowd, crashLifecycles);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, background);
        // kill when about a third of the lifecycles have posted their task
        long killAt = before + crashLifecycles / 3;
        while (db.number("select count(*) from cf_task") < killAt && !load.isDone()) {
            Thread.sleep(200);
        }
        long posted = db.number("select count(*) from cf_task") - before;
        long pid = node0.pid();
        node0.kill();
        log("node0 (pid " + pid + ") killed with SIGKILL after " + posted + " of " + crashLifecycles + " tasks were posted");
        timed("node0 restarted", () -> node0.start(START_BOUND));
        int completed = load.get(10, TimeUnit.MINUTES);
        log(String.format(Locale.ROOT, "crash run: %d of %d lifecycles completed by the driver itself in %.0f s "
                        + "(the rest lost a request to the crash); driver errors: %d", completed, crashLifecycles,
                (System.nanoTime() - start) / 1e9, driver.errors()));

        long tasksOfTheRun = db.number("select count(*) from cf_task where skills like ?", "%" + driver.runId() + "%");
        assertThat(tasksOfTheRun).as("one task per lifecycle: a post retried with its Idempotency-Key after the "
                + "crash created no second task").isEqualTo(crashLifecycles);
        finishAndCheck(Duration.ofMinutes(3));
    }

    @Test
    @Order(3)
    void aKeycloakOutageAnswersNoServerErrorAndWorkResumes() throws Exception {
        LoadDriver driver = new LoadDriver(List.of(node0.api()), KeycloakServer.URL);
        List<LoadDriver.Client> crowd = driver.prepare(clients, "admin", "admin", OUTAGE_LIFECYCLES);
        CompletableFuture<Integer> load = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.run(crowd, OUTAGE_LIFECYCLES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, background);
        Probe probe = Probe.start(new PlatformApi(node0.api()), PlatformApi.token("requester"), background);
        timed("Keycloak stopped", keycloak::stop);
        Thread.sleep(20_000);
        timed("Keycloak started again", () -> keycloak.start(START_BOUND));
        List<PlatformApi.Answer> answers = probe.stop();
        log("during the Keycloak outage, with tokens issued before it: " + Probe.summary(answers));
        log(String.format(Locale.ROOT, "Keycloak outage run: %d of %d lifecycles completed by the driver itself, "
                + "%d errors", load.get(5, TimeUnit.MINUTES), OUTAGE_LIFECYCLES, driver.errors()));
        assertThat(answers).as("no 5xx other than 503 problems, no answer later than " + ANSWER_BOUND)
                .allSatisfy(a -> {
                    assertThat(a.status()).isBetween(200, 503);
                    assertThat(a.status() >= 500 && !(a.status() == 503 && a.isProblem())).as(a.toString()).isFalse();
                    assertThat(a.millis()).isLessThan(ANSWER_BOUND.toMillis());
                });
        double after = measure("after the Keycloak outage, with new tokens", List.of(node0.api()), AFTER_OUTAGE);
        assertThat(after).isPositive();
        finishAndCheck(Duration.ofMinutes(2));
    }

    @Test
    @Order(4)
    void aDatabaseOutageAnswers503ProblemsAndWorkResumesByItself() throws Exception {
        LoadDriver driver = new LoadDriver(List.of(node0.api()), KeycloakServer.URL).postRetrySeconds(120);
        List<LoadDriver.Client> crowd = driver.prepare(clients, "admin", "admin", OUTAGE_LIFECYCLES);
        CompletableFuture<Integer> load = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.run(crowd, OUTAGE_LIFECYCLES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, background);
        Thread.sleep(3000);
        Probe probe = Probe.start(new PlatformApi(node0.api()), PlatformApi.token("requester"), background);
        proxy.cut();
        log("PostgreSQL cut off (proxy) for 20 s");
        Thread.sleep(20_000);
        proxy.restore();
        List<PlatformApi.Answer> answers = probe.stop();
        log("during the PostgreSQL outage: " + Probe.summary(answers));
        int completed = load.get(5, TimeUnit.MINUTES);
        log("database outage run: " + completed + " of " + OUTAGE_LIFECYCLES + " lifecycles completed by the driver "
                + "itself, " + driver.errors() + " errors");
        assertThat(answers).as("during the outage: a 503 problem with Retry-After or a success, within "
                + ANSWER_BOUND).allSatisfy(a -> {
                    assertThat(a.millis()).as(a.toString()).isLessThan(ANSWER_BOUND.toMillis());
                    if (a.status() >= 500) {
                        assertThat(a.status()).as(a.toString()).isEqualTo(503);
                        assertThat(a.isProblem()).as(a.toString()).isTrue();
                        assertThat(a.retryAfter()).as(a.toString()).isNotNull();
                    }
                });
        assertThat(answers).as("the outage was seen").anySatisfy(a -> assertThat(a.status()).isEqualTo(503));
        double after = measure("after the PostgreSQL outage", List.of(node0.api()), AFTER_OUTAGE);
        assertThat(after).isPositive();
        finishAndCheck(Duration.ofMinutes(3));
    }

    /** A short warm-up, then lifecycles against these nodes; returns lifecycles per second and logs the table. */
    private double measure(String what, List<String> apis, int count) throws Exception {
        LoadDriver driver = new LoadDriver(apis, KeycloakServer.URL);
        int warmup = clients;
        List<LoadDriver.Client> crowd = driver.prepare(clients, "admin", "admin", count + warmup);
        driver.measuring(false);
        driver.run(crowd, warmup);
        driver.measuring(true);
        long start = System.nanoTime();
        int done = driver.run(crowd, count);
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = done / seconds;
        log(String.format(Locale.ROOT, "%s: %d of %d lifecycles by %d clients in %.1f s: %.1f lifecycles/s, "
                + "%d errors%n%s", what, done, count, clients, seconds, perSecond, driver.errors(),
                driver.latencyTable()));
        return perSecond;
    }

    /** Lets the crowd finish what lost requests left open, then checks every invariant and the ledger. */
    private void finishAndCheck(Duration bound) {
        PlatformApi api = new PlatformApi(node0.api());
        long start = System.nanoTime();
        List<String> unfinished = new CrowdReturns(api, invariants, clients).finishWithin(bound);
        log(String.format(Locale.ROOT, "all tasks ended %.0f s after the load (%d tasks, %d settled); "
                        + "incidents: %s", (System.nanoTime() - start) / 1e9,
                db.number("select count(*) from cf_task"),
                db.number("select count(*) from cf_task where upper(status) = 'SETTLED'"), invariants.incidents()));
        assertThat(unfinished).as("tasks not ended within " + bound).isEmpty();
        assertThat(invariants.endedMoreThanOnce()).isEmpty();
        assertThat(invariants.violations()).isEmpty();
        String verified = LedgerCheck.verify(api, work);
        log("ledger verifier: " + verified.strip().replace('\n', ' '));
    }

    private void timed(String what, Runnable action) {
        long start = System.nanoTime();
        action.run();
        log(String.format(Locale.ROOT, "%s in %.0f s", what, (System.nanoTime() - start) / 1e9));
    }

    private void log(String line) {
        String stamped = java.time.LocalTime.now().withNano(0) + " " + line;
        report.add(stamped);
        System.out.println("[faults] " + stamped);
    }

    /**
     * Calls the API twice a second while a dependency is away: a read ({@code GET /tasks}) with a token issued
     * before the outage; records every answer with its time.
     */
    static final class Probe {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<PlatformApi.Answer> answers = new ArrayList<>();
        private CompletableFuture<Void> loop;

        static Probe start(PlatformApi api, String token, ExecutorService executor) {
            Probe probe = new Probe();
            probe.loop = CompletableFuture.runAsync(() -> {
                while (probe.running.get()) {
                    PlatformApi.Answer answer = api.get("/tasks", token);
                    synchronized (probe.answers) {
                        probe.answers.add(answer);
                    }
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, executor);
            return probe;
        }

        List<PlatformApi.Answer> stop() throws Exception {
            running.set(false);
            loop.get(2, TimeUnit.MINUTES);
            synchronized (answers) {
                return List.copyOf(answers);
            }
        }

        static String summary(List<PlatformApi.Answer> answers) {
            Map<Integer, Long> byStatus = new java.util.TreeMap<>();
            answers.forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
            long slowest = answers.stream().mapToLong(PlatformApi.Answer::millis).max().orElse(0);
            String example = answers.stream().filter(a -> a.status() >= 400 || a.status() < 0).findFirst()
                    .map(PlatformApi.Answer::toString).orElse("none");
            return answers.size() + " calls, by status " + byStatus + ", slowest " + slowest + " ms; first failure: "
                    + example;
        }
    }
}
