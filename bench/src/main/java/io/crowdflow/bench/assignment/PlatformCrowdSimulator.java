package io.crowdflow.bench.assignment;

import io.crowdflow.bench.load.Http;
import io.crowdflow.bench.load.Latencies;
import io.crowdflow.bench.load.LoadDriver;
import io.crowdflow.bench.load.Options;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The crowd simulator against a running platform, through its REST API with real Keycloak tokens (password grant,
 * as the load driver): the realm's demo workers get synthetic latent accuracies per task type, a skill of this run
 * (so that they alone are eligible), and then, task after task, the demo requester posts a single-slot task of one of
 * the types, the worker the platform's policy chose submits an answer that is right with their latent accuracy, and
 * the demo reviewer decides it (accept when right, reject when wrong), which settles the task and becomes the
 * policy's reward at the next decision. Reports the accepted share per half of the run, who got each type, the
 * policy named in each reason, and what an oracle that knows the latent accuracies would have expected.
 * <pre>
 * java -cp bench/target/crowdflow-bench.jar io.crowdflow.bench.assignment.PlatformCrowdSimulator \
 *   [--tasks 60] [--seed 1] [--api http://localhost:8080/crowdflow/api] [--keycloak http://localhost:8180]
 * </pre>
 * It changes the demo workers' skills (to this run's skill) and funds the demo requester.
 */
public final class PlatformCrowdSimulator {

    static final String[] WORKERS = {"worker1", "worker2", "worker3"};
    static final String[] TYPES = {"labeling", "transcription"};

    private final Http http = new Http(new Latencies());
    private final String api;
    private final String keycloak;

    PlatformCrowdSimulator(String api, String keycloak) {
        this.api = api;
        this.keycloak = keycloak;
    }

    /** One task's story. */
    record Step(int type, String worker, String policy, boolean accepted, double expected, double oracle) {
    }

    public static void main(String[] args) {
        Options options = new Options(args);
        int tasks = options.number("tasks", 60);
        long seed = options.number("seed", 1);
        PlatformCrowdSimulator simulator = new PlatformCrowdSimulator(
                options.text("api", "http://localhost:8080/crowdflow/api"),
                options.text("keycloak", "http://localhost:8180"));
        long started = System.nanoTime();
        Map<String, double[]> accuracy = latentAccuracies(seed);
        List<Step> steps = simulator.run(tasks, seed, accuracy);
        System.out.print(report(steps, accuracy, (System.nanoTime() - started) / 1e9));
    }

    /** Each demo worker's latent accuracy per type, U(0.2, 0.95), from the seed. */
    static Map<String, double[]> latentAccuracies(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, double[]> accuracy = new LinkedHashMap<>();
        for (String worker : WORKERS) {
            double[] a = new double[TYPES.length];
            for (int t = 0; t < TYPES.length; t++) {
                a[t] = 0.2 + 0.75 * random.nextDouble();
            }
            accuracy.put(worker, a);
        }
        return accuracy;
    }

    List<Step> run(int tasks, long seed, Map<String, double[]> accuracy) {
        String skill = "sim-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> workerTokens = new LinkedHashMap<>();
        for (String worker : WORKERS) {
            String token = token(worker);
            http.put("setup", api + "/me/profile", token, "{\"skills\": [\"" + skill + "\"]}").expect(200, "skills");
            workerTokens.put(worker, token);
        }
        String requester = token("requester");
        http.get("setup", api + "/me/profile", requester).expect(200, "requester registration");
        String amount = String.format(Locale.ROOT, "%.2f", 0.6 * (tasks + 2));
        http.post("setup", api + "/admin/deposits", token("admin"), "{\"owner\": \"" + subject(requester)
                + "\", \"amount\": \"" + amount + "\", \"currency\": \"USD\"}", null).expect(200, "deposit");
        String reviewer = token("reviewer");
        SplittableRandom luck = new SplittableRandom(seed * 31 + 7);
        List<Step> steps = new ArrayList<>();
        for (int n = 0; n < tasks; n++) {
            int type = n % TYPES.length;
            String task = """
                    {"title": "Simulated %s %d", "instructions": "Label it.", "type": "%s",
                     "reward": {"amount": "0.50", "currency": "USD"}, "redundancy": 1, "deadline": "PT1H",
                     "skills": ["%s"], "input": {"items": ["item-%d"]}}""".formatted(TYPES[type], n, TYPES[type],
                    skill, n);
            String taskId = http.post("POST /tasks", api + "/tasks", requester, task, UUID.randomUUID().toString())
                    .expect(201, "post").object().getString("id");
            String chosen = null;
            JsonObject assignment = null;
            for (Map.Entry<String, String> w : workerTokens.entrySet()) {
                for (JsonObject a : http.get("GET /me/assignments", api + "/me/assignments", w.getValue())
                        .expect(200, "assignments").json().asJsonArray().getValuesAs(JsonObject.class)) {
                    if (a.getString("taskId").equals(taskId)) {
                        chosen = w.getKey();
                        assignment = a;
                    }
                }
            }
            if (assignment == null) {
                throw new Http.CallFailed("task " + taskId + " was assigned to none of the demo workers");
            }
            String why = assignment.getString("why", "");
            String policy = why.startsWith("policy ") ? why.substring(7, why.indexOf(':')) : "?";
            boolean right = luck.nextDouble() < accuracy.get(chosen)[type];
            String submissionId = http.post("POST /assignments/{id}/submission", api + "/assignments/"
                            + assignment.getString("id") + "/submission", workerTokens.get(chosen),
                    "{\"answer\": {\"label\": \"" + (right ? "right" : "wrong") + "\"}}", null)
                    .expect(201, "submit").object().getString("id");
            http.post("POST /reviews/{id}/decision", api + "/reviews/" + submissionId + "/decision", reviewer,
                    right ? "{\"decision\": \"accept\"}" : "{\"decision\": \"reject\", \"reason\": \"wrong label\"}",
                    null).expect(200, "decide");
            double oracle = 0;
            for (double[] a : accuracy.values()) {
                oracle = Math.max(oracle, a[type]);
            }
            steps.add(new Step(type, chosen, policy, right, accuracy.get(chosen)[type], oracle));
        }
        return steps;
    }

    static String report(List<Step> steps, Map<String, double[]> accuracy, double seconds) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%d tasks in %.1f s; latent accuracies (labeling, transcription): ",
                steps.size(), seconds));
        accuracy.forEach((w, a) -> s.append(String.format(Locale.ROOT, "%s %.2f/%.2f; ", w, a[0], a[1])));
        s.append(String.format(Locale.ROOT, "policies named in the reasons: %s%n%n",
                steps.stream().map(Step::policy).distinct().toList()));
        s.append("| tasks | accepted share | expected (chosen workers' latent accuracy) | oracle expected "
                + "| chosen / oracle | to the best worker of the type |\n| --- | --- | --- | --- | --- | --- |\n");
        int half = steps.size() / 2;
        row(s, "first half (1-" + half + ")", steps.subList(0, half), accuracy);
        row(s, "second half (" + (half + 1) + "-" + steps.size() + ")", steps.subList(half, steps.size()), accuracy);
        row(s, "all", steps, accuracy);
        s.append("\nassignments per worker and type (second half): ");
        for (int t = 0; t < TYPES.length; t++) {
            final int type = t;
            s.append(TYPES[t]).append(' ');
            for (String w : WORKERS) {
                long count = steps.subList(half, steps.size()).stream()
                        .filter(x -> x.type() == type && x.worker().equals(w)).count();
                s.append(w).append('=').append(count).append(' ');
            }
            s.append("; ");
        }
        return s.append('\n').toString();
    }

    private static void row(StringBuilder s, String label, List<Step> steps, Map<String, double[]> accuracy) {
        double accepted = steps.stream().filter(Step::accepted).count() / (double) steps.size();
        double expected = steps.stream().mapToDouble(Step::expected).average().orElse(0);
        double oracle = steps.stream().mapToDouble(Step::oracle).average().orElse(0);
        long best = steps.stream().filter(x -> accuracy.get(x.worker())[x.type()] == x.oracle()).count();
        s.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.1f %% | %d of %d |%n", label, accepted,
                expected, oracle, 100 * expected / oracle, best, steps.size()));
    }

    private String token(String user) {
        String form = "grant_type=password&client_id=crowdflow-cli&username=" + LoadDriver.enc(user) + "&password="
                + LoadDriver.enc(user);
        return http.form("token", keycloak + "/realms/crowdflow/protocol/openid-connect/token", form, null)
                .expect(200, "token for " + user).object().getString("access_token");
    }

    /** The token's subject: the person's id on the platform. */
    static String subject(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject().getString("sub");
    }
}
