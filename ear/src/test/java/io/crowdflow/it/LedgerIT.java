package io.crowdflow.it;

import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerAudit;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.domain.ledger.MerkleProofs;
import io.crowdflow.payment.interfaces.json.PublishedLedger;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.crowdflow.payment.interfaces.json.PublishedLedger.checkpointOf;
import static io.crowdflow.payment.interfaces.json.PublishedLedger.entryOf;
import static io.crowdflow.payment.interfaces.json.PublishedLedger.hashes;
import static io.crowdflow.payment.interfaces.json.PublishedLedger.leafHashOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public ledger through the HTTP API, checked with the same core code an outside verifier uses:
 * a paid worker verifies their entry, the whole ledger verifies against the signed checkpoint, the
 * accounting invariants hold, a retried deposit pays once, and a row changed in the database is named.
 */
class LedgerIT extends PlatformIT {

    @Test
    void paidWorkerVerifiesTheirEntryItsProofAndTheSignedCheckpoint() {
        fund(REQUESTER, "10.00");
        String skill = skillFor("worker2");
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Ledger cat", 1, "PT1H", skill));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");
        JsonObject assignment = assignmentOf("worker2", taskId);
        Api.Reply submitted = Api.post(token("worker2"), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": {\"cat\": true}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String submissionId = Api.get(token(REVIEWER), "/reviews").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("taskId").equals(taskId)).findFirst().orElseThrow().getString("id");
        Api.Reply decided = Api.post(token(REVIEWER), "/reviews/" + submissionId + "/decision",
                "{\"decision\": \"accept\", \"reason\": \"a cat\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        Api.eventually(() -> eventTypes(task(REQUESTER, taskId)), e -> e.contains("worker_paid"), Duration.ofSeconds(30));

        // the worker's statement names the ledger entry and their pseudonymous ledger id
        JsonObject account = Api.get(token("worker2"), "/me/account").json();
        JsonObject payment = account.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> taskId.equals(e.getString("taskId", null))).findFirst().orElseThrow();
        long seq = payment.getJsonNumber("ledgerSeq").longValue();
        String myLedgerId = account.getJsonArray("balances").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("kind").equals("worker")).findFirst().orElseThrow().getString("ledgerId");

        Api.Reply signedNow = Api.post(token("worker2"), "/ledger/checkpoints", "");
        assertThat(signedNow.status()).as(signedNow.body()).isEqualTo(200);
        Checkpoint.Signed checkpoint = checkpointOf(Api.get(token("worker2"), "/ledger/checkpoints/latest").json());
        assertThat(checkpoint.checkpoint().treeSize()).isGreaterThan(seq);
        assertThat(checkpoint.verify(publicKey("worker2"))).as("checkpoint signature").isTrue();

        JsonObject entryJson = Api.get(token("worker2"), "/ledger/entries?from=" + seq + "&count=1").json()
                .getJsonArray("entries").getJsonObject(0);
        LedgerEntry entry = entryOf(entryJson);
        assertThat(entry.to()).isEqualTo(myLedgerId);
        assertThat(entry.kind()).isEqualTo("payment");
        assertThat(entry.amount()).isEqualTo("0.5000");
        assertThat(entry.taskId()).isEqualTo(taskId);
        assertThat(entryJson.toString()).doesNotContain(subject("worker2"), "worker2");
        assertThat(entry.leafHash()).isEqualTo(leafHashOf(entryJson));

        JsonObject proof = Api.get(token("worker2"), "/ledger/entries/" + seq + "/proof?treeSize="
                + checkpoint.checkpoint().treeSize()).json();
        assertThat(MerkleProofs.verifyInclusion(seq, checkpoint.checkpoint().treeSize(), entry.leafHash(),
                hashes(proof, "auditPath"), checkpoint.checkpoint().rootHash())).as("inclusion proof").isTrue();
    }

    @Test
    void wholeLedgerVerifiesAndTheAccountingInvariantsHold() {
        assertLedgerVerifiesAndBalances();
    }

    @Test
    void submissionRetriedWithItsKeyAnswersTheFirstAndAnotherAnswerUnderThatKeyIsRefused() {
        fund(REQUESTER, "10.00");
        String skill = skillFor("worker2");
        String taskId = Api.post(token(REQUESTER), "/tasks", taskJson("Retried submission", 1, "PT1H", skill))
                .json().getString("id");
        String path = "/assignments/" + assignmentOf("worker2", taskId).getString("id") + "/submission";
        String key = "submission-" + UUID.randomUUID();

        Api.Reply first = Api.post(token("worker2"), path, "{\"answer\": {\"cat\": true}}", key);
        Api.Reply again = Api.post(token("worker2"), path, "{\"answer\": {\"cat\": true}}", key);
        Api.Reply otherAnswer = Api.post(token("worker2"), path, "{\"answer\": {\"cat\": false}}", key);
        Api.Reply withoutKey = Api.post(token("worker2"), path, "{\"answer\": {\"cat\": true}}");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(otherAnswer.status()).as(otherAnswer.body()).isEqualTo(422);
        assertThat(otherAnswer.json().getString("type")).isEqualTo("urn:crowdflow:problem:idempotency-key-reused");
        assertThat(withoutKey.status()).as(withoutKey.body()).isEqualTo(409);
        assertThat(eventTypes(task(REQUESTER, taskId)).stream().filter("submitted"::equals)).hasSize(1);
    }

    @Test
    void requesterPaysABonusOnceToAWorkerOfTheTaskAndIsRefusedOtherwise() {
        fund(REQUESTER, "10.00");
        String skill = skillFor("worker2");
        String taskId = Api.post(token(REQUESTER), "/tasks", taskJson("Bonus cat", 1, "PT1H", skill))
                .json().getString("id");
        Api.post(token("worker2"), "/assignments/" + assignmentOf("worker2", taskId).getString("id") + "/submission",
                "{\"answer\": {\"cat\": true}}");
        String worker = subject("worker2");
        String body = "{\"workerId\": \"" + worker + "\", \"amount\": {\"amount\": \"0.25\", \"currency\": \"USD\"},"
                + " \"reason\": \"quick and careful\"}";
        String key = "bonus-" + UUID.randomUUID();
        String path = "/tasks/" + taskId + "/bonuses";

        Api.Reply first = Api.post(token(REQUESTER), path, body, key);
        Api.Reply again = Api.post(token(REQUESTER), path, body, key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));
        String bonusId = first.json().getString("id");
        List<JsonObject> bonusEntries = Api.get(token("worker2"), "/me/account").json().getJsonArray("entries")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("reason").contains(bonusId)).toList();
        assertThat(bonusEntries).hasSize(1);
        long seq = bonusEntries.get(0).getJsonNumber("ledgerSeq").longValue();
        LedgerEntry entry = entryOf(Api.get(token("worker2"), "/ledger/entries?from=" + seq + "&count=1").json()
                .getJsonArray("entries").getJsonObject(0));
        assertThat(entry.kind()).isEqualTo("bonus");
        assertThat(entry.amount()).isEqualTo("0.2500");
        assertThat(eventTypes(task(REQUESTER, taskId))).contains("bonus_paid");

        Api.Reply otherAmount = Api.post(token(REQUESTER), path, body.replace("0.25", "0.26"), key);
        assertThat(otherAmount.status()).as(otherAmount.body()).isEqualTo(422);
        assertThat(otherAmount.json().getString("type")).isEqualTo("urn:crowdflow:problem:idempotency-key-reused");
        Api.Reply notOnTask = Api.post(token(REQUESTER), path, body.replace(worker, subject("worker1")),
                "bonus-" + UUID.randomUUID());
        assertThat(notOnTask.status()).as(notOnTask.body()).isEqualTo(422);
        assertThat(notOnTask.json().getString("type")).isEqualTo("urn:crowdflow:problem:worker-not-on-task");
        Api.Reply tooMuch = Api.post(token(REQUESTER), path, body.replace("0.25", "999999999"),
                "bonus-" + UUID.randomUUID());
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(409);
        assertThat(tooMuch.json().getString("type")).isEqualTo("urn:crowdflow:problem:insufficient-funds");
        Api.Reply badAmount = Api.post(token(REQUESTER), path, body.replace("0.25", "-1"), "bonus-" + UUID.randomUUID());
        assertThat(badAmount.status()).as(badAmount.body()).isEqualTo(400);
        Api.Reply noKey = Api.post(token(REQUESTER), path, body);
        assertThat(noKey.status()).as(noKey.body()).isEqualTo(400);
        Api.Reply notTheirs = Api.post(token(REQUESTER2), path, body, "bonus-" + UUID.randomUUID());
        assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(404);

        assertLedgerVerifiesAndBalances();
    }

    @Test
    void requesterCancelsAnOpenTaskOnceItsAssignmentIsWithdrawnAndItsEscrowRefunded() {
        fund(REQUESTER, "10.00");
        String before = requesterBalance(REQUESTER);
        String skill = skillFor("worker2");
        String taskId = Api.post(token(REQUESTER), "/tasks", taskJson("Cancelled cat", 1, "PT1H", skill))
                .json().getString("id");
        assignmentOf("worker2", taskId);
        assertThat(requesterBalance(REQUESTER)).isNotEqualTo(before);
        String path = "/tasks/" + taskId + "/cancellation";
        String key = "cancel-" + UUID.randomUUID();

        Api.Reply first = Api.post(token(REQUESTER), path, "{\"reason\": \"budget cut\"}", key);
        Api.Reply again = Api.post(token(REQUESTER), path, "{\"reason\": \"budget cut\"}", key);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getString("status")).isEqualTo("cancelled");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventTypes(task(REQUESTER, taskId))).contains("cancelled", "assignment_withdrawn",
                "requester_refunded");
        assertThat(requesterBalance(REQUESTER)).isEqualTo(before);
        assertThat(Api.get(token("worker2"), "/me/assignments").array().getValuesAs(JsonObject.class))
                .noneMatch(a -> a.getString("taskId").equals(taskId));
        Api.Reply otherReason = Api.post(token(REQUESTER), path, "{\"reason\": \"changed my mind\"}", key);
        assertThat(otherReason.status()).as(otherReason.body()).isEqualTo(422);
        Api.Reply twice = Api.post(token(REQUESTER), path, "{\"reason\": \"budget cut\"}");
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(twice.json().getString("type")).isEqualTo("urn:crowdflow:problem:task-not-cancellable");
        assertThat(Api.post(token(REQUESTER2), path, "{\"reason\": \"x\"}").status()).isEqualTo(404);

        // the task's escrow received exactly what it gave back
        long size = Api.post(token("worker2"), "/ledger/checkpoints", "").json().getJsonNumber("treeSize").longValue();
        List<LedgerEntry> mine = allEntries(token("worker2"), size).stream().map(PublishedLedger::entryOf)
                .filter(e -> e.taskId().equals(taskId)).toList();
        assertThat(mine).extracting(LedgerEntry::kind).containsExactly("escrow", "refund");
        assertThat(mine.get(1).from()).isEqualTo(mine.get(0).to());
        assertThat(mine.get(1).amount()).isEqualTo(mine.get(0).amount());
        assertLedgerVerifiesAndBalances();
    }

    @Test
    void aTaskWithSubmittedWorkCannotBeCancelled() {
        fund(REQUESTER, "10.00");
        String skill = skillFor("worker2");
        String taskId = Api.post(token(REQUESTER), "/tasks", taskJson("Worked cat", 1, "PT1H", skill))
                .json().getString("id");
        Api.post(token("worker2"), "/assignments/" + assignmentOf("worker2", taskId).getString("id") + "/submission",
                "{\"answer\": {\"cat\": true}}");

        Api.Reply refused = Api.post(token(REQUESTER), "/tasks/" + taskId + "/cancellation", "{\"reason\": \"late\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().getString("type")).isEqualTo("urn:crowdflow:problem:task-not-cancellable");
        assertThat(task(REQUESTER, taskId).getString("status")).isEqualTo("in_review");
    }

    private static String requesterBalance(String requester) {
        return Api.get(token(requester), "/me/account").json().getJsonArray("balances").getValuesAs(JsonObject.class)
                .stream().filter(b -> b.getString("kind").equals("requester")).findFirst().orElseThrow()
                .getString("amount");
    }

    @Test
    void checkpointsArePagedByTreeSize() {
        String token = token("worker1");
        fund(REQUESTER2, "1.00");
        long older = Api.post(token, "/ledger/checkpoints", "").json().getJsonNumber("treeSize").longValue();
        fund(REQUESTER2, "1.00");
        long newer = Api.post(token, "/ledger/checkpoints", "").json().getJsonNumber("treeSize").longValue();

        List<JsonObject> page = Api.get(token, "/ledger/checkpoints?count=1&before=" + newer).array()
                .getValuesAs(JsonObject.class);
        assertThat(page).singleElement().satisfies(c -> assertThat(c.getJsonNumber("treeSize").longValue())
                .isEqualTo(older));
        assertThat(Api.get(token, "/ledger/checkpoints?before=x").status()).isEqualTo(400);
    }

    /**
     * The whole ledger audits against a fresh signed checkpoint, an earlier checkpoint is a prefix of it, and the
     * accounting invariants hold on the ledger alone.
     */
    private void assertLedgerVerifiesAndBalances() {
        fund(REQUESTER2, "3.00");
        String token = token("worker1");
        Api.Reply older = Api.post(token, "/ledger/checkpoints", "");
        fund(REQUESTER2, "2.00");
        Checkpoint.Signed latest = checkpointOf(Api.post(token, "/ledger/checkpoints", "").json());
        Checkpoint.Signed first = checkpointOf(older.json());
        PublicKey key = publicKey("worker1");

        List<JsonObject> json = allEntries(token, latest.checkpoint().treeSize());
        List<LedgerEntry> entries = json.stream().map(PublishedLedger::entryOf).toList();
        LedgerAudit.Report report = LedgerAudit.audit(entries, json.stream()
                .map(PublishedLedger::leafHashOf).toList(), latest, key, proofs(token));
        assertThat(report.intact()).as(report.finding()).isTrue();

        // the earlier checkpoint is a prefix of the later one
        JsonObject consistency = Api.get(token, "/ledger/consistency?from=" + first.checkpoint().treeSize() + "&to="
                + latest.checkpoint().treeSize()).json();
        assertThat(MerkleProofs.verifyConsistency(first.checkpoint().treeSize(), latest.checkpoint().treeSize(),
                first.checkpoint().rootHash(), latest.checkpoint().rootHash(), hashes(consistency, "proof"))).isTrue();

        // balances from the ledger alone: only the external deposits account is below zero, the sum is zero,
        // and the requester's balance is the one the platform shows
        Map<String, BigDecimal> balances = new HashMap<>();
        for (LedgerEntry e : entries) {
            BigDecimal amount = new BigDecimal(e.amount());
            assertThat(amount.signum()).isPositive();
            balances.merge(e.from(), amount.negate(), BigDecimal::add);
            balances.merge(e.to(), amount, BigDecimal::add);
        }
        assertThat(balances.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isZero();
        String externalId = entries.stream().filter(e -> e.kind().equals("deposit")).findFirst().orElseThrow().from();
        balances.forEach((id, balance) -> {
            if (!id.equals(externalId)) {
                assertThat(balance.signum()).as("balance of " + id).isGreaterThanOrEqualTo(0);
            }
        });
        JsonObject requester = Api.get(token(REQUESTER2), "/me/account").json().getJsonArray("balances")
                .getValuesAs(JsonObject.class).stream().filter(b -> b.getString("kind").equals("requester"))
                .findFirst().orElseThrow();
        assertThat(balances.get(requester.getString("ledgerId")))
                .isEqualByComparingTo(new BigDecimal(requester.getString("amount")));
        // escrows of settled tasks are empty: every escrow pseudonym received exactly what it paid out
        entries.stream().filter(e -> e.kind().equals("fee")).map(LedgerEntry::from)
                .forEach(escrow -> assertThat(balances.get(escrow)).as("escrow " + escrow).isZero());
    }

    @Test
    void depositRetriedWithItsKeyPaysOnce() {
        String key = "deposit-" + UUID.randomUUID();
        String body = "{\"owner\": \"" + subject(REQUESTER2) + "\", \"amount\": \"7.00\", \"currency\": \"USD\"}";
        Api.Reply first = Api.post(token(ADMIN), "/admin/deposits", body, key);
        Api.Reply again = Api.post(token(ADMIN), "/admin/deposits", body, key);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().getString("amount")).isEqualTo(first.json().getString("amount"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        JsonObject balance = Api.get(token(REQUESTER2), "/me/account").json().getJsonArray("balances")
                .getValuesAs(JsonObject.class).stream().filter(b -> b.getString("kind").equals("requester"))
                .findFirst().orElseThrow();
        assertThat(balance.getString("amount")).isEqualTo(first.json().getString("amount"));

        Api.Reply reused = Api.post(token(ADMIN), "/admin/deposits", body.replace("7.00", "8.00"), key);
        assertThat(reused.status()).as(reused.body()).isEqualTo(422);
        assertThat(reused.json().getString("type")).isEqualTo("urn:crowdflow:problem:idempotency-key-reused");
    }

    @Test
    void concurrentDepositsGetOneGapFreeSequenceAndConcurrentRetriesPayOnce() throws Exception {
        String owner = subject(REQUESTER2);
        String admin = token(ADMIN);
        String retried = "concurrent-" + UUID.randomUUID();
        long before = Api.get(admin, "/ledger/entries?from=0&count=1").json().getJsonNumber("treeSize").longValue();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String key = i < 4 ? retried : "concurrent-" + UUID.randomUUID();
                replies.add(pool.submit(() -> Api.post(admin, "/admin/deposits", "{\"owner\": \"" + owner
                        + "\", \"amount\": \"0.25\", \"currency\": \"USD\"}", key)));
            }
            for (var reply : replies) {
                assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        // 12 distinct keys + 1 for the four retries of one key: 13 entries, numbered without gaps
        Checkpoint.Signed checkpoint = checkpointOf(Api.post(token("worker1"), "/ledger/checkpoints", "").json());
        List<JsonObject> json = allEntries(admin, checkpoint.checkpoint().treeSize());
        for (int i = 0; i < json.size(); i++) {
            assertThat(json.get(i).getJsonNumber("seq").longValue()).isEqualTo(i);
        }
        long deposits = json.subList((int) before, json.size()).stream()
                .filter(e -> e.getString("kind").equals("deposit") && e.getString("amount").equals("0.2500")).count();
        assertThat(deposits).isEqualTo(13);
        assertThat(LedgerAudit.audit(json.stream().map(PublishedLedger::entryOf).toList(), null, checkpoint,
                publicKey("worker1"), proofs(admin)).intact()).isTrue();
    }

    @Test
    void badLedgerParametersAreClearProblems() {
        String token = token("worker1");
        fund(REQUESTER2, "1.00");
        for (String path : List.of("/ledger/entries/0/proof?treeSize=abc", "/ledger/entries/0/proof",
                "/ledger/entries/5/proof?treeSize=5", "/ledger/entries/0/proof?treeSize=999999999",
                "/ledger/entries?count=5000", "/ledger/entries?from=-1", "/ledger/consistency?from=0&to=1",
                "/ledger/consistency?from=2&to=1", "/ledger/checkpoints?count=0")) {
            Api.Reply reply = Api.get(token, path);
            assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().getString("type")).isEqualTo("urn:crowdflow:problem:invalid-request");
        }
        assertThat(Api.get(null, "/ledger/checkpoints/latest").status()).isEqualTo(401);
    }

    /**
     * Needs the database from outside the server: on PostgreSQL the test connects with JDBC. The default
     * H2 database lives in the server's memory (jdbc:h2:mem), which no other process can reach, so there
     * the scenario is skipped; the unit tests (LedgerAuditTest) cover the same detection without a server.
     */
    @Test
    void directUpdateOfOneLedgerRowIsNamedByTheVerifier() throws SQLException {
        String url = System.getProperty("crowdflow.test.db.url", "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "the ledger table is only reachable from the test on "
                + "PostgreSQL; the default H2 is in-memory inside the server (" + url + ")");
        fund(REQUESTER2, "4.00");
        String token = token("worker1");
        Checkpoint.Signed checkpoint = checkpointOf(Api.post(token, "/ledger/checkpoints", "").json());
        long size = checkpoint.checkpoint().treeSize();
        long victim = size - 1;
        String original = allEntries(token, size).get((int) victim).getString("amount");

        try (Connection db = DriverManager.getConnection(url, System.getProperty("crowdflow.test.db.user"),
                System.getProperty("crowdflow.test.db.password"))) {
            setAmount(db, victim, "4000.0000");
            try {
                List<JsonObject> json = allEntries(token, size);
                List<LedgerEntry> entries = json.stream().map(PublishedLedger::entryOf).toList();
                LedgerAudit.Report report = LedgerAudit.audit(entries, json.stream()
                                .map(PublishedLedger::leafHashOf).toList(), checkpoint,
                        publicKey("worker1"), proofs(token));
                assertThat(report.intact()).isFalse();
                assertThat(report.firstBadSequence()).as(report.finding()).isEqualTo(victim);

                // with the leaf hash changed too, the signed root and the consistency proofs still name it
                LedgerAudit.Report withoutLeaves = LedgerAudit.audit(entries, null, checkpoint,
                        publicKey("worker1"), proofs(token));
                assertThat(withoutLeaves.firstBadSequence()).as(withoutLeaves.finding()).isEqualTo(victim);
            } finally {
                setAmount(db, victim, original);
            }
        }
    }

    private static void setAmount(Connection db, long seq, String amount) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update cf_ledger_entry set amount = ? where seq = ?")) {
            update.setString(1, amount);
            update.setLong(2, seq);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    static List<JsonObject> allEntries(String token, long size) {
        List<JsonObject> all = new ArrayList<>();
        while (all.size() < size) {
            Api.Reply page = Api.get(token, "/ledger/entries?from=" + all.size() + "&count=1000");
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            all.addAll(page.json().getJsonArray("entries").getValuesAs(JsonObject.class));
        }
        return all.subList(0, (int) size);
    }

    static LedgerAudit.ConsistencyProofs proofs(String token) {
        return (from, to) -> hashes(Api.get(token, "/ledger/consistency?from=" + from + "&to=" + to).json(), "proof");
    }

    static PublicKey publicKey(String user) {
        JsonObject key = Api.get(token(user), "/ledger/public-key").json();
        assertThat(key.getString("algorithm")).isEqualTo("Ed25519");
        return PublishedLedger.publicKeyOf(key);
    }
}
