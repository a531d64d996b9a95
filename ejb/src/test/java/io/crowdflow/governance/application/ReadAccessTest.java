package io.crowdflow.governance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.crowdflow.governance.domain.RetentionAuditEntry;
import io.crowdflow.governance.domain.RetentionAuditKind;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.access.ReadAccessRuleBase;
import io.crowdflow.rules.access.ReadDecision;
import io.crowdflow.rules.access.Reader;
import io.crowdflow.rules.access.ReadOutcome;
import io.crowdflow.rules.access.ReadRequest;
import io.crowdflow.rules.governance.DataClass;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.shared.domain.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The read-access rules (the real rule base) and what ReadAccess keeps of their decisions in the audit. */
@ExtendWith(MockitoExtension.class)
class ReadAccessTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final Caller ALICE = new Caller("alice", "alice", Set.of(Caller.REQUESTER));
    static final Caller BOB = new Caller("bob", "bob", Set.of(Caller.REQUESTER));
    static final Caller REVIEWER = new Caller("rev", "rita", Set.of(Caller.REVIEWER));

    @Mock
    ReadAuditRecorder recorder;
    @Mock
    Clock clock;

    private final ReadAccess access = new ReadAccess();

    @BeforeEach
    void wire() {
        ReadAccessRuleBase rules = new ReadAccessRuleBase();
        access.policy = (reader, requests) -> rules.decide(new Reader(reader.subject(), reader.roles()), requests);
        access.recorder = recorder;
        access.clock = clock;
        access.settings = new PlatformSettings();
        access.init();
        lenient().when(clock.now()).thenReturn(NOW);
    }

    @Test
    void aDeniedReadOfSomeoneElsesPersonalTaskIsAuditedWithTheRulesThatDecided() {
        ReadDecision decision = access.decide(BOB, ReadRequest.task("t1", DataClass.PERSONAL, "alice"));

        assertThat(decision.outcome()).isEqualTo(ReadOutcome.DENIED);
        RetentionAuditEntry entry = onlyRecordedEntry();
        assertThat(entry.kind()).isEqualTo(RetentionAuditKind.READ_DENIED);
        assertThat(entry.taskId()).isEqualTo("t1");
        assertThat(entry.actor()).isEqualTo("bob");
        assertThat(entry.detail()).contains("task t1", "PERSONAL", "denied by 'A read no rule grants is denied'",
                "recorded by 'A denied read of personal data is recorded'", "access:");
    }

    @Test
    void aRequesterReadingTheirOwnTaskLeavesNoAuditEntry() {
        ReadDecision decision = access.decide(ALICE, ReadRequest.task("t1", DataClass.SENSITIVE, "alice"));

        assertThat(decision.outcome()).isEqualTo(ReadOutcome.ALLOWED);
        verify(recorder, never()).record(any());
    }

    @Test
    void aReviewersQueuePolledAgainWithinTheWindowIsAuditedOnce() {
        List<ReadRequest> queue = List.of(ReadRequest.reviewItem("s1", "t1", DataClass.PUBLIC, "alice", "w1"),
                ReadRequest.reviewItem("s2", "t2", DataClass.PUBLIC, "rev", "w1"));

        access.decide(REVIEWER, queue);
        access.decide(REVIEWER, queue);

        ArgumentCaptor<List<RetentionAuditEntry>> entries = captor();
        verify(recorder, times(1)).record(entries.capture());
        assertThat(entries.getValue()).extracting(RetentionAuditEntry::kind)
                .containsExactly(RetentionAuditKind.PERSONAL_DATA_READ, RetentionAuditKind.READ_DENIED);
        assertThat(entries.getValue().get(1).detail()).contains("'No one reviews the work on their own task'");
    }

    @Test
    void aReadWhoseRecordingFailedIsRecordedAtTheNextRead() {
        ReadRequest read = ReadRequest.task("t1", DataClass.PERSONAL, "alice");
        doThrow(new IllegalStateException("database down")).doNothing().when(recorder).record(any());

        assertThatThrownBy(() -> access.decide(BOB, read)).hasMessageContaining("database down");
        access.decide(BOB, read);

        verify(recorder, times(2)).record(any());
    }

    @Test
    void aTaskNotClassifiedYetCountsAsPersonal() {
        assertThat(ReadAccess.classOf(null)).isEqualTo(DataClass.PERSONAL);
        assertThat(ReadAccess.classOf("PUBLIC")).isEqualTo(DataClass.PUBLIC);
        assertThat(ReadAccess.classOf("SENSITIVE")).isEqualTo(DataClass.SENSITIVE);
    }

    private RetentionAuditEntry onlyRecordedEntry() {
        ArgumentCaptor<List<RetentionAuditEntry>> entries = captor();
        verify(recorder).record(entries.capture());
        assertThat(entries.getValue()).hasSize(1);
        return entries.getValue().get(0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ArgumentCaptor<List<RetentionAuditEntry>> captor() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(List.class);
    }
}
