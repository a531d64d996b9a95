package io.crowdflow.faults.harness;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * After a fault, the people come back and finish what the lost requests left undone, through the API as any
 * client would: each load worker submits every open assignment, the reviewer accepts every submission in the
 * queue. Repeated until every task has ended or the bound passes; then the job executor has had its time too
 * (timers for slots with no eligible worker, retries).
 */
public final class CrowdReturns {

    private final PlatformApi api;
    private final PlatformInvariants invariants;
    private final int workers;

    public CrowdReturns(PlatformApi api, PlatformInvariants invariants, int workers) {
        this.api = api;
        this.invariants = invariants;
        this.workers = workers;
    }

    /** Finishes the open work; returns the tasks still unfinished when the bound passed (empty: all ended). */
    public List<String> finishWithin(Duration bound) {
        long giveUp = System.nanoTime() + bound.toNanos();
        List<String> workerTokens = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            workerTokens.add(PlatformApi.token("load-worker-" + i));
        }
        String reviewer = PlatformApi.token("reviewer");
        List<String> unfinished = invariants.unfinishedTasks();
        while (!unfinished.isEmpty() && System.nanoTime() < giveUp) {
            for (String worker : workerTokens) {
                PlatformApi.Answer assignments = api.get("/me/assignments", worker);
                if (assignments.status() != 200) {
                    continue;
                }
                for (JsonObject assignment : assignments.array().getValuesAs(JsonObject.class)) {
                    api.post("/assignments/" + assignment.getString("id") + "/submission", worker,
                            "{\"answer\": {\"cat\": true}}");
                }
            }
            PlatformApi.Answer queue = api.get("/reviews", reviewer);
            if (queue.status() == 200) {
                for (JsonObject submission : queue.array().getValuesAs(JsonObject.class)) {
                    api.post("/reviews/" + submission.getString("id") + "/decision", reviewer,
                            "{\"decision\": \"accept\", \"reason\": \"fault test: the reviewer came back\"}");
                }
            }
            ServerProcess.sleep(2000);
            unfinished = invariants.unfinishedTasks();
        }
        return unfinished;
    }
}
