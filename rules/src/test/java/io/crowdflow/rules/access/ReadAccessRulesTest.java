package io.crowdflow.rules.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.crowdflow.rules.governance.DataClass;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;

/** Scenarios of who may read what: each asserts the outcome and the names of the rules that decided it. */
class ReadAccessRulesTest {

    static final String DENY_DEFAULT = "A read no rule grants is denied";
    static final String RECORD_DENIAL = "A denied read of personal data is recorded";
    static final String RECORD_READ = "A read of personal data by someone other than its authors is recorded";

    private final ReadAccessRuleBase rules = new ReadAccessRuleBase();

    private static Reader requester(String id) {
        return new Reader(id, Set.of("requester"));
    }

    private ReadDecision decide(Reader reader, ReadRequest request) {
        return rules.decide(reader, request);
    }

    @Test
    void requesterReadsTheirOwnPersonalTaskInFullAndUnrecorded() {
        ReadDecision d = decide(requester("alice"), ReadRequest.task("t1", DataClass.PERSONAL, "alice"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.ALLOWED);
        assertThat(d.grantedBy()).containsExactly("A requester may read their own task in full");
        assertThat(d.deniedBy()).isEmpty();
        assertThat(d.recordedBy()).as("one's own content is no disclosure").isEmpty();
    }

    @Test
    void anotherRequesterIsDeniedSomeoneElsesPersonalTaskAndTheDenialIsRecorded() {
        ReadDecision d = decide(requester("bob"), ReadRequest.task("t1", DataClass.SENSITIVE, "alice"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.DENIED);
        assertThat(d.deniedBy()).containsExactly(DENY_DEFAULT);
        assertThat(d.decidingRules()).containsExactly(DENY_DEFAULT);
        assertThat(d.recordedBy()).containsExactly(RECORD_DENIAL);
    }

    @Test
    void aDeniedReadOfAPublicTaskIsNotRecorded() {
        ReadDecision d = decide(requester("bob"), ReadRequest.task("t1", DataClass.PUBLIC, "alice"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.DENIED);
        assertThat(d.recordedBy()).isEmpty();
    }

    @Test
    void adminReadsAPublicTaskInFull() {
        ReadDecision d = decide(new Reader("root", Set.of("admin")), ReadRequest.task("t1", DataClass.PUBLIC, "alice"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.ALLOWED);
        assertThat(d.grantedBy()).containsExactly("An admin may read a task without personal data in full");
        assertThat(d.recordedBy()).isEmpty();
    }

    @Test
    void adminReadsAPersonalTaskOnlyWithoutItsContentAndTheReadIsRecorded() {
        ReadDecision d = decide(new Reader("root", Set.of("admin")),
                ReadRequest.task("t1", DataClass.PERSONAL, "alice"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.ALLOWED_REDACTED);
        assertThat(d.isAllowed()).isTrue();
        assertThat(d.isRedacted()).isTrue();
        assertThat(d.grantedBy()).containsExactly("An admin may read a task with personal data only without its content");
        assertThat(d.recordedBy()).containsExactly(RECORD_READ);
    }

    @Test
    void anAdminWhoPostedTheTaskReadsItInFullBecauseAFullGrantWinsOverARedactedOne() {
        ReadDecision d = decide(new Reader("root", Set.of("admin", "requester")),
                ReadRequest.task("t1", DataClass.PERSONAL, "root"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.ALLOWED);
        assertThat(d.grantedBy()).containsExactlyInAnyOrder("A requester may read their own task in full",
                "An admin may read a task with personal data only without its content");
        assertThat(d.recordedBy()).isEmpty();
    }

    @Test
    void theAssignedWorkerReadsPersonalTaskContentAndTheReadIsRecorded() {
        ReadDecision d = decide(new Reader("w1", Set.of("worker")),
                ReadRequest.assignment("a1", "t1", DataClass.PERSONAL, "alice", "w1"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.ALLOWED);
        assertThat(d.grantedBy()).containsExactly("A worker may read the content of a task they are assigned");
        assertThat(d.recordedBy()).containsExactly(RECORD_READ);
    }

    @Test
    void aWorkerCannotReadAnotherWorkersAssignment() {
        ReadDecision d = decide(new Reader("w2", Set.of("worker")),
                ReadRequest.assignment("a1", "t1", DataClass.PUBLIC, "alice", "w1"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.DENIED);
        assertThat(d.deniedBy()).containsExactly(DENY_DEFAULT);
    }

    @Test
    void anIndependentReviewerReadsASubmissionWhoseAnswerIsPersonalDataAndTheReadIsRecorded() {
        ReadDecision d = decide(new Reader("rev", Set.of("reviewer")),
                ReadRequest.reviewItem("s1", "t1", DataClass.PUBLIC, "alice", "w1"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.ALLOWED);
        assertThat(d.request().dataClass()).as("an answer is its worker's personal data").isEqualTo(DataClass.PERSONAL);
        assertThat(d.grantedBy()).containsExactly("A reviewer may read a submission awaiting review with its task");
        assertThat(d.recordedBy()).containsExactly(RECORD_READ);
    }

    @Test
    void aReviewerCannotReadTheirOwnSubmissionForReviewAndTheDenialIsRecorded() {
        ReadDecision d = decide(new Reader("w1", Set.of("reviewer", "worker")),
                ReadRequest.reviewItem("s1", "t1", DataClass.PUBLIC, "alice", "w1"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.DENIED);
        assertThat(d.grantedBy()).containsExactly("A reviewer may read a submission awaiting review with its task");
        assertThat(d.deniedBy()).as("a denial overrides the grant").containsExactly("No one reviews their own submission");
        assertThat(d.recordedBy()).containsExactly(RECORD_DENIAL);
    }

    @Test
    void aReviewerCannotReviewTheWorkOnTheirOwnTask() {
        ReadDecision d = decide(new Reader("alice", Set.of("reviewer", "requester")),
                ReadRequest.reviewItem("s1", "t1", DataClass.SENSITIVE, "alice", "w1"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.DENIED);
        assertThat(d.deniedBy()).containsExactly("No one reviews the work on their own task");
    }

    @Test
    void someoneWithoutTheReviewerRoleCannotReadTheReviewQueue() {
        ReadDecision d = decide(new Reader("w2", Set.of("worker")),
                ReadRequest.reviewItem("s1", "t1", DataClass.PUBLIC, "alice", "w1"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.DENIED);
        assertThat(d.deniedBy()).containsExactly(DENY_DEFAULT);
    }

    @Test
    void theReviewerWhoseRejectionIsDisputedCannotReadTheDispute() {
        ReadDecision d = decide(new Reader("rev", Set.of("reviewer")),
                ReadRequest.disputeItem("d1", "t1", DataClass.PUBLIC, "alice", "w1", "rev"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.DENIED);
        assertThat(d.deniedBy()).containsExactly("The reviewer whose rejection is disputed does not decide the dispute");
    }

    @Test
    void anotherReviewerReadsTheDispute() {
        ReadDecision d = decide(new Reader("rev2", Set.of("reviewer")),
                ReadRequest.disputeItem("d1", "t1", DataClass.PUBLIC, "alice", "w1", "rev"));

        assertThat(d.outcome()).isEqualTo(ReadOutcome.ALLOWED);
        assertThat(d.grantedBy()).containsExactly("A reviewer may read an open dispute with its submission and task");
        assertThat(d.recordedBy()).containsExactly(RECORD_READ);
    }

    @Test
    void aWorkerReadsTheirOwnSubmissionUnrecordedButNotAnotherWorkers() {
        Reader worker = new Reader("w1", Set.of("worker"));
        List<ReadDecision> d = rules.decide(worker, List.of(
                ReadRequest.submission("s1", "t1", DataClass.PUBLIC, "alice", "w1"),
                ReadRequest.submission("s2", "t1", DataClass.PUBLIC, "alice", "w2")));

        assertThat(d.get(0).outcome()).isEqualTo(ReadOutcome.ALLOWED);
        assertThat(d.get(0).grantedBy()).containsExactly("A worker may read their own submissions and their decisions");
        assertThat(d.get(0).recordedBy()).isEmpty();
        assertThat(d.get(1).outcome()).isEqualTo(ReadOutcome.DENIED);
        assertThat(d.get(1).recordedBy()).containsExactly(RECORD_DENIAL);
    }

    @Test
    void aPersonExportsOnlyTheirOwnData() {
        ReadDecision own = decide(new Reader("p1", Set.of()), ReadRequest.export("p1"));
        ReadDecision other = decide(new Reader("p1", Set.of("admin")), ReadRequest.export("p2"));

        assertThat(own.outcome()).isEqualTo(ReadOutcome.ALLOWED);
        assertThat(own.grantedBy()).containsExactly("A person may export their own data");
        assertThat(own.recordedBy()).isEmpty();
        assertThat(other.outcome()).isEqualTo(ReadOutcome.DENIED);
        assertThat(other.recordedBy()).containsExactly(RECORD_DENIAL);
    }

    @Test
    void oneEvaluationDecidesEveryItemOfAQueueOnItsOwn() {
        Reader reviewer = new Reader("rev", Set.of("reviewer"));
        List<ReadRequest> queue = List.of(
                ReadRequest.reviewItem("s1", "t1", DataClass.PUBLIC, "alice", "w1"),
                ReadRequest.reviewItem("s2", "t2", DataClass.PUBLIC, "rev", "w1"),
                ReadRequest.reviewItem("s3", "t3", DataClass.PUBLIC, "alice", "rev"),
                ReadRequest.reviewItem("s4", "t4", DataClass.SENSITIVE, "bob", "w2"));

        List<ReadDecision> decisions = rules.decide(reviewer, queue);

        assertThat(decisions).extracting(d -> d.request().resourceId()).containsExactly("s1", "s2", "s3", "s4");
        assertThat(decisions).extracting(ReadDecision::outcome).containsExactly(ReadOutcome.ALLOWED,
                ReadOutcome.DENIED, ReadOutcome.DENIED, ReadOutcome.ALLOWED);
        assertThat(decisions.get(1).deniedBy()).containsExactly("No one reviews the work on their own task");
        assertThat(decisions.get(2).deniedBy()).containsExactly("No one reviews their own submission");
    }

    @Test
    void everyRuleOfTheRuleBaseFiresInSomeScenario() {
        // The scenarios above, gathered: a rule added without a scenario makes this fail.
        List<String> fired = new ArrayList<>();
        Reader admin = new Reader("root", Set.of("admin"));
        Reader reviewer = new Reader("rev", Set.of("reviewer"));
        for (ReadDecision d : List.of(
                decide(requester("alice"), ReadRequest.task("t", DataClass.PUBLIC, "alice")),
                decide(admin, ReadRequest.task("t", DataClass.PUBLIC, "alice")),
                decide(admin, ReadRequest.task("t", DataClass.PERSONAL, "alice")),
                decide(new Reader("w", Set.of("worker")), ReadRequest.assignment("a", "t", DataClass.PUBLIC, "x", "w")),
                decide(reviewer, ReadRequest.reviewItem("s", "t", DataClass.PUBLIC, "x", "rev")),
                decide(reviewer, ReadRequest.reviewItem("s", "t", DataClass.PUBLIC, "rev", "w")),
                decide(reviewer, ReadRequest.disputeItem("d", "t", DataClass.PUBLIC, "x", "w", "rev")),
                decide(new Reader("w", Set.of()), ReadRequest.submission("s", "t", DataClass.PUBLIC, "x", "w")),
                decide(new Reader("p", Set.of()), ReadRequest.export("p")),
                decide(new Reader("p", Set.of()), ReadRequest.export("q")))) {
            fired.addAll(d.grantedBy());
            fired.addAll(d.deniedBy());
            fired.addAll(d.recordedBy());
        }
        List<String> all = rules.kieBase().getKiePackage("io.crowdflow.rules.access").getRules().stream()
                .map(Rule::getName).toList();
        assertThat(all).hasSize(14);
        assertThat(fired).containsAll(all);
    }

    @Test
    void kmoduleContainerAgreesWithLoader() {
        var container = KieServices.Factory.get().getKieClasspathContainer();
        Reader reviewer = new Reader("rev", Set.of("reviewer"));
        List<ReadRequest> requests = List.of(ReadRequest.reviewItem("s1", "t1", DataClass.PUBLIC, "alice", "w1"),
                ReadRequest.reviewItem("s2", "t2", DataClass.PUBLIC, "alice", "rev"));
        List<ReadDecision> viaContainer = rules.decideWith(
                container.newStatelessKieSession(ReadAccessRuleBase.SESSION_NAME), reviewer, requests);
        assertThat(viaContainer).isEqualTo(rules.decide(reviewer, requests));
    }

    @Test
    void versionIsStable() {
        assertThat(new ReadAccessRuleBase().version()).isEqualTo(rules.version()).matches("access:[0-9a-f]{16}");
    }

    @Test
    void decisionsAreThreadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ReadOutcome>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean own = i % 2 == 0;
                calls.add(() -> decide(requester("u"), ReadRequest.task("t", DataClass.PERSONAL, own ? "u" : "v"))
                        .outcome());
            }
            List<Future<ReadOutcome>> results = pool.invokeAll(calls);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? ReadOutcome.ALLOWED : ReadOutcome.DENIED);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
