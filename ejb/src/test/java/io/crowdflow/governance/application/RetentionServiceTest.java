package io.crowdflow.governance.application;

import java.util.Map;
import java.util.HashMap;
import java.security.SecureRandom;
import java.io.StringReader;
import jakarta.json.JsonObject;
import jakarta.json.Json;
import io.crowdflow.privacy.domain.crypto.DataKeys;
import io.crowdflow.privacy.domain.crypto.DataKey;
import io.crowdflow.privacy.application.PersonalDataCrypto;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.governance.domain.ArchiveRepository;
import io.crowdflow.review.domain.AggregatedAnswer;
import io.crowdflow.review.domain.AggregatedAnswers;
import io.crowdflow.review.domain.AutomaticReview;
import io.crowdflow.governance.domain.ArchivedTask;
import io.crowdflow.governance.domain.RetentionAuditEntry;
import io.crowdflow.governance.domain.RetentionAuditKind;
import io.crowdflow.governance.domain.RetentionAuditLog;
import io.crowdflow.governance.domain.RetentionPlan;
import io.crowdflow.governance.domain.RetentionPlanRepository;
import io.crowdflow.governance.domain.RetentionRules;
import io.crowdflow.governance.domain.RetentionVerdict;
import io.crowdflow.governance.domain.RetentionWorkflow;
import io.crowdflow.governance.domain.RuleSetRepository;
import io.crowdflow.rules.retention.LifecycleState;
import io.crowdflow.rules.retention.RetentionAction;
import io.crowdflow.rules.retention.RetentionPeriod;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskDraft;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class RetentionServiceTest {

    static final Instant SETTLED_AT = Instant.parse("2026-02-01T00:00:00Z");

    @Mock TaskRepository tasks;
    @Mock AssignmentRepository assignments;
    @Mock ArchiveRepository archive;
    @Mock RetentionPlanRepository plans;
    @Mock RuleSetRepository ruleSets;
    @Mock RetentionRules rules;
    @Mock RetentionAuditLog audit;
    @Mock RetentionWorkflow workflow;
    @Mock Clock clock;
    @Mock AggregatedAnswers aggregatedAnswers;

    private final RetentionService retention = new RetentionService();
    private final MapKeys keys = new MapKeys();
    private final PersonalDataCrypto crypto = new PersonalDataCrypto(keys);

    /** Data keys in a map, as cf_data_key holds them. */
    static final class MapKeys implements DataKeys {
        private final Map<String, DataKey> byPerson = new HashMap<>();

        @Override
        public DataKey keyOf(String personId) {
            return byPerson.computeIfAbsent(personId, p -> {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                return new DataKey("k-" + p, p, secret);
            });
        }

        @Override
        public Optional<DataKey> find(String keyId) {
            return byPerson.values().stream().filter(k -> k.id().equals(keyId)).findFirst();
        }

        @Override
        public boolean destroy(String personId) {
            DataKey key = byPerson.get(personId);
            byPerson.put(personId, new DataKey(key.id(), personId, null));
            return true;
        }
    }
    private Task task;

    @BeforeEach
    void wire() {
        retention.tasks = tasks;
        retention.assignments = assignments;
        retention.archive = archive;
        retention.plans = plans;
        retention.ruleSets = ruleSets;
        retention.rules = rules;
        retention.audit = audit;
        retention.workflow = workflow;
        retention.clock = clock;
        retention.crypto = crypto;
        retention.aggregatedAnswers = aggregatedAnswers;
        lenient().when(aggregatedAnswers.ofTask(any())).thenReturn(Optional.empty());
        task = new Task("requester-1", TaskDraft.from(new TaskDraft.Raw("Transcribe", "Type it", "transcription",
                "0.20", "USD", 1, "PT1H", List.of(), null)), null, SETTLED_AT);
        task.open(SETTLED_AT, "escrow");
        task.startReview(SETTLED_AT, "review");
        task.settle();
        lenient().when(tasks.get(task.id())).thenReturn(task);
        lenient().when(ruleSets.active()).thenReturn(Optional.empty());
        lenient().when(assignments.submissionsOf(task.id())).thenReturn(List.of());
    }

    private static RetentionVerdict verdict(RetentionAction action, String keepFor, String row, List<String> holds) {
        return new RetentionVerdict(3, "rule set v3", action, keepFor == null ? null : RetentionPeriod.parse(keepFor),
                row, "a row", holds);
    }

    private RetentionPlan plan(LifecycleState state, RetentionVerdict verdict) {
        RetentionPlan plan = new RetentionPlan(task.id(), "PUBLIC", "transcription", null, state, SETTLED_AT);
        plan.apply(verdict, SETTLED_AT);
        when(plans.lock(task.id())).thenReturn(Optional.of(plan));
        return plan;
    }

    @Test
    void settledContentIsPlannedByTheRulesAndTheProcessWaitsUntilTheActionIsDue() {
        when(clock.now()).thenReturn(SETTLED_AT);
        when(plans.lock(task.id())).thenReturn(Optional.empty());
        when(rules.decide(any(), any())).thenReturn(verdict(RetentionAction.ARCHIVE, "P30D", "Retention!4", List.of()));

        Duration wait = retention.planRetention(task.id());

        assertThat(wait).isEqualTo(Duration.ofDays(30));
        ArgumentCaptor<RetentionAuditEntry> entry = ArgumentCaptor.forClass(RetentionAuditEntry.class);
        verify(audit).add(entry.capture());
        assertThat(entry.getValue().kind()).isEqualTo(RetentionAuditKind.PLANNED);
        assertThat(entry.getValue().rulesetVersion()).isEqualTo(3);
        assertThat(entry.getValue().ruleRow()).isEqualTo("Retention!4");
        assertThat(task.events().get(task.events().size() - 1).reason()).contains("row Retention!4");
    }

    @Test
    void theTasksRegionIsWhatTheRetentionRulesMatchTheRegionColumnAgainst() {
        Task inEurope = new Task("requester-1", TaskDraft.from(new TaskDraft.Raw("Survey", null, "survey", "0.20", "USD",
                1, "PT1H", List.of(), null, null, null, null, null, "eu")), null, SETTLED_AT);
        inEurope.open(SETTLED_AT, "escrow");
        inEurope.startReview(SETTLED_AT, "review");
        inEurope.settle();
        when(tasks.get(inEurope.id())).thenReturn(inEurope);
        when(clock.now()).thenReturn(SETTLED_AT);
        when(plans.lock(inEurope.id())).thenReturn(Optional.empty());
        ArgumentCaptor<RetentionPlan> asked = ArgumentCaptor.forClass(RetentionPlan.class);
        when(rules.decide(any(), asked.capture())).thenReturn(verdict(RetentionAction.ARCHIVE, "P30D", "Retention!2",
                List.of()));

        retention.planRetention(inEurope.id());

        assertThat(asked.getValue().region()).isEqualTo("EU");
        assertThat(asked.getValue().taskType()).isEqualTo("survey");
    }

    @Test
    void aDueArchiveMovesTheContentOutAndPlansTheNextStage() {
        RetentionPlan plan = plan(LifecycleState.SETTLED, verdict(RetentionAction.ARCHIVE, "PT5S", "Retention!2", List.of()));
        when(clock.now()).thenReturn(SETTLED_AT.plusSeconds(6));
        when(rules.decide(any(), any())).thenReturn(verdict(RetentionAction.PURGE, "PT5S", "Retention!3", List.of()));

        Optional<RetentionAction> done = retention.executeDue(task.id());

        assertThat(done).contains(RetentionAction.ARCHIVE);
        assertThat(task.status()).isEqualTo(TaskStatus.ARCHIVED);
        assertThat(task.instructions()).isNull();
        verify(archive).add(any(ArchivedTask.class));
        assertThat(plan.lifecycleState()).isEqualTo(LifecycleState.ARCHIVED);
        assertThat(plan.action()).isEqualTo(RetentionAction.PURGE);
        assertThat(plan.dueAt()).isEqualTo(SETTLED_AT.plusSeconds(11));
        ArgumentCaptor<RetentionAuditEntry> entries = ArgumentCaptor.forClass(RetentionAuditEntry.class);
        verify(audit, atLeastOnce()).add(entries.capture());
        assertThat(entries.getAllValues()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(RetentionAuditKind.ARCHIVED);
            assertThat(e.ruleRow()).isEqualTo("Retention!2");
        });
    }

    @Test
    void aLegalHoldKeepsDueContentFromBeingPurged() {
        task.archive(SETTLED_AT, "archived");
        plan(LifecycleState.ARCHIVED, verdict(RetentionAction.PURGE, "PT1S", "Retention!7", List.of("Retention!2")));
        when(clock.now()).thenReturn(SETTLED_AT.plusSeconds(3600));

        Optional<RetentionAction> done = retention.executeDue(task.id());

        assertThat(done).isEmpty();
        assertThat(task.status()).isEqualTo(TaskStatus.ARCHIVED);
        verify(archive, never()).remove(any());
        verify(audit, never()).add(any());
    }

    @Test
    void aDuePurgeDeletesTheArchivedCopyAndWhatIsLeftOfTheContent() {
        task.archive(SETTLED_AT, "archived");
        ArchivedTask copy = new ArchivedTask(task.id(), SETTLED_AT, "{}", "archived");
        when(archive.find(task.id())).thenReturn(Optional.of(copy));
        RetentionPlan plan = plan(LifecycleState.ARCHIVED, verdict(RetentionAction.PURGE, "PT1S", "Retention!7", List.of()));
        when(clock.now()).thenReturn(SETTLED_AT.plusSeconds(2));

        assertThat(retention.executeDue(task.id())).contains(RetentionAction.PURGE);

        verify(archive).remove(eq(copy));
        assertThat(task.status()).isEqualTo(TaskStatus.PURGED);
        assertThat(task.title()).isNull();
        assertThat(plan.lifecycleState()).isEqualTo(LifecycleState.PURGED);
    }

    @Test
    void nothingHappensBeforeTheDueTime() {
        plan(LifecycleState.SETTLED, verdict(RetentionAction.ARCHIVE, "PT5S", "Retention!2", List.of()));
        when(clock.now()).thenReturn(SETTLED_AT.plusSeconds(4));

        assertThat(retention.executeDue(task.id())).isEmpty();
        assertThat(task.status()).isEqualTo(TaskStatus.SETTLED);
    }

    @Test
    void archivedAnswersAndContentAreSealedWithTheirOwnersKeysSoErasureReachesTheArchive() {
        Assignment assignment = new Assignment(task.id(), "worker-7", SETTLED_AT, Duration.ofMinutes(1), "test");
        Submission submission = assignment.submit("{\"text\": \"my secret words\"}", SETTLED_AT);
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(submission));
        RetentionPlan plan = plan(LifecycleState.SETTLED, verdict(RetentionAction.ARCHIVE, "PT5S", "Retention!2", List.of()));
        when(clock.now()).thenReturn(SETTLED_AT.plusSeconds(6));
        when(rules.decide(any(), any())).thenReturn(verdict(RetentionAction.PURGE, "PT5S", "Retention!3", List.of()));

        retention.executeDue(task.id());

        ArgumentCaptor<ArchivedTask> archived = ArgumentCaptor.forClass(ArchivedTask.class);
        verify(archive).add(archived.capture());
        String json = archived.getValue().contentJson();
        assertThat(json).doesNotContain("my secret words").doesNotContain("Type it");
        JsonObject content = Json.createReader(new StringReader(json)).readObject();
        String sealedAnswer = content.getJsonArray("answers").getJsonObject(0).getString("answer");
        assertThat(crypto.open(sealedAnswer, "?").text()).contains("my secret words");
        assertThat(crypto.open(content.getString("instructions"), "?").text()).isEqualTo("Type it");

        keys.destroy("worker-7");

        assertThat(crypto.open(sealedAnswer, "?").erased()).isTrue();
        assertThat(crypto.open(content.getString("instructions"), "?").text()).isEqualTo("Type it");
    }

    @Test
    void theAggregatedAnswerLeavesTheWorkingTableForTheArchiveSealedWithTheRequestersKey() {
        AggregatedAnswer aggregated = new AggregatedAnswer(task.id(), "requester-1", new AutomaticReview.Aggregate(
                "majority-vote", "the cat sat", 0.67, false, true, 3, 2, 0.66, "majority-vote gives 'the cat sat'"),
                SETTLED_AT);
        when(aggregatedAnswers.ofTask(task.id())).thenReturn(Optional.of(aggregated));
        plan(LifecycleState.SETTLED, verdict(RetentionAction.ARCHIVE, "PT5S", "Retention!2", List.of()));
        when(clock.now()).thenReturn(SETTLED_AT.plusSeconds(6));
        when(rules.decide(any(), any())).thenReturn(verdict(RetentionAction.PURGE, "PT5S", "Retention!3", List.of()));

        retention.executeDue(task.id());

        assertThat(aggregated.label()).isNull();
        assertThat(aggregated.confidence()).isEqualTo(0.67);
        ArgumentCaptor<ArchivedTask> archived = ArgumentCaptor.forClass(ArchivedTask.class);
        verify(archive).add(archived.capture());
        assertThat(archived.getValue().contentJson()).doesNotContain("the cat sat");
        JsonObject kept = Json.createReader(new StringReader(archived.getValue().contentJson())).readObject()
                .getJsonObject("aggregated");
        assertThat(kept.getString("method")).isEqualTo("majority-vote");
        assertThat(crypto.open(kept.getString("label"), "?").text()).isEqualTo("the cat sat");
    }
}
