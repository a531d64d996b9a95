package io.crowdflow.task.domain;

import io.crowdflow.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

class TaskTest {

    static final Instant POSTED_AT = Instant.parse("2025-03-01T10:00:00Z");
    static final Instant LATER = POSTED_AT.plusSeconds(60);

    static TaskDraft draft() {
        return TaskDraft.from(new TaskDraft.Raw("Label the cats", "Draw a box around each cat.", "labeling",
                "0.50", "USD", 2, "PT1H", List.of("English", "vision"), "{\"image\":\"cat.png\"}"));
    }

    static Task postedTask(IdempotencyKey key) {
        return new Task("requester-1", draft(), key, POSTED_AT);
    }

    @Test
    void aTaskMadeByGoldMixingIsReservedForOneWorkerAndSaysWhyItExists() {
        TaskDraft gold = TaskDraft.from(new TaskDraft.Raw("Label the cats", null, "labeling", "0.50", "USD", 1, "PT1H",
                List.of(), "{\"image\":\"g.png\"}", null, null, null, "cat"));

        Task task = Task.mixedGold("requester-1", gold, "item-1", "worker-7", "assignment-3", "due: rate 0.10 …",
                POSTED_AT);

        assertThat(task.reservedFor()).contains("worker-7");
        assertThat(task.goldItemId()).contains("item-1");
        assertThat(task.mixedInto()).isEqualTo("assignment-3");
        assertThat(task.reviewPlan().goldAnswer()).isEqualTo("cat");
        assertThat(task.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(TaskEventType.POSTED);
            assertThat(e.reason()).isEqualTo("made from gold item item-1 by gold mixing: due: rate 0.10 …");
        });
        assertThat(postedTask(null).reservedFor()).isEmpty();
    }

    @Test
    void goldMixingNeedsAKnownAnswerAndOneSlot() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Task.mixedGold(
                "requester-1", draft(), "item-1", "worker-7", "assignment-3", "due", POSTED_AT));
    }

    @Test
    void aNewTaskIsPostedWithItsDraftAndAPostedEvent() {
        Task task = postedTask(null);

        assertThat(task.id()).isNotBlank();
        assertThat(task.status()).isEqualTo(TaskStatus.POSTED);
        assertThat(task.requesterId()).isEqualTo("requester-1");
        assertThat(task.isOwnedBy("requester-1")).isTrue();
        assertThat(task.isOwnedBy("someone-else")).isFalse();
        assertThat(task.reward()).isEqualTo(Money.of("0.50", "USD"));
        assertThat(task.redundancy()).isEqualTo(2);
        assertThat(task.deadline()).isEqualTo(Duration.ofHours(1));
        assertThat(task.skills()).containsExactly("english", "vision");
        assertThat(task.createdAt()).isEqualTo(POSTED_AT);
        assertThat(task.events()).extracting(TaskEvent::type, TaskEvent::actor, TaskEvent::occurredAt)
                .containsExactly(tuple(TaskEventType.POSTED, "requester-1", POSTED_AT));
        assertThat(task.events().get(0).reason()).isNotBlank();
    }

    @Test
    void twoTasksNeverShareAnId() {
        assertThat(postedTask(null).id()).isNotEqualTo(postedTask(null).id());
    }

    @Test
    void governanceApprovalKeepsTheTaskPostedAndRecordsTheDataClassAndReason() {
        Task task = postedTask(null);

        task.approveByGovernance("public", LATER, "approved; data class public");

        assertThat(task.status()).isEqualTo(TaskStatus.POSTED);
        assertThat(task.dataClass()).isEqualTo("public");
        assertThat(lastEvent(task).type()).isEqualTo(TaskEventType.GOVERNANCE_APPROVED);
        assertThat(lastEvent(task).reason()).isEqualTo("approved; data class public");
        assertThat(lastEvent(task).actor()).as("the platform decided, not a person").isNull();
        assertThat(lastEvent(task).occurredAt()).isEqualTo(LATER);
    }

    @Test
    void governanceRejectionEndsTheTaskAndNothingFurtherMayHappen() {
        Task task = postedTask(null);

        task.rejectByGovernance("health", LATER, "rejected: health data needs consent");

        assertThat(task.status()).isEqualTo(TaskStatus.REJECTED);
        assertThat(task.dataClass()).isEqualTo("health");
        assertThat(lastEvent(task).type()).isEqualTo(TaskEventType.GOVERNANCE_REJECTED);
        assertThat(lastEvent(task).reason()).isEqualTo("rejected: health data needs consent");
        assertThatIllegalStateException().isThrownBy(() -> task.open(LATER, "escrow"))
                .withMessageContaining("REJECTED");
        assertThatIllegalStateException().isThrownBy(() -> task.approveByGovernance("public", LATER, "again"));
    }

    @Test
    void aTaskGoesFromPostedThroughOpenAndReviewToSettledRecordingEachStepWithItsReason() {
        Task task = postedTask(null);

        task.approveByGovernance("public", LATER, "approved");
        task.open(LATER, "escrow holds 1.10 USD");
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        task.startReview(LATER, "2 submission(s) go to review");
        assertThat(task.status()).isEqualTo(TaskStatus.IN_REVIEW);
        task.settle();
        assertThat(task.status()).isEqualTo(TaskStatus.SETTLED);

        assertThat(task.events()).extracting(TaskEvent::type, TaskEvent::reason).containsExactly(
                tuple(TaskEventType.POSTED, "posted by the requester through the API"),
                tuple(TaskEventType.GOVERNANCE_APPROVED, "approved"),
                tuple(TaskEventType.ESCROW_HELD, "escrow holds 1.10 USD"),
                tuple(TaskEventType.REVIEW_OPENED, "2 submission(s) go to review"));
    }

    @Test
    void aTaskCannotSkipOrRepeatAStage() {
        Task posted = postedTask(null);
        assertThatIllegalStateException().isThrownBy(() -> posted.startReview(LATER, "too early"));
        assertThatIllegalStateException().isThrownBy(posted::settle);
        assertThatIllegalStateException().isThrownBy(() -> posted.archive(LATER, "too early"));
        assertThat(posted.status()).isEqualTo(TaskStatus.POSTED);
        assertThat(posted.events()).hasSize(1);

        Task open = postedTask(null);
        open.open(LATER, "escrow");
        assertThatIllegalStateException().isThrownBy(() -> open.open(LATER, "twice"));
        assertThatIllegalStateException().isThrownBy(() -> open.rejectByGovernance("x", LATER, "late"));
        assertThatIllegalStateException().isThrownBy(open::settle);

        Task inReview = postedTask(null);
        inReview.open(LATER, "escrow");
        inReview.startReview(LATER, "review");
        assertThatIllegalStateException().isThrownBy(() -> inReview.archive(LATER, "not settled"))
                .withMessageContaining("IN_REVIEW").withMessageContaining("SETTLED");
    }

    @Test
    void archivingASettledTaskRemovesItsContentButKeepsItsHistory() {
        Task task = settledTask();

        task.archive(LATER, "retention of P30D ended");

        assertThat(task.status()).isEqualTo(TaskStatus.ARCHIVED);
        assertThat(task.instructions()).isNull();
        assertThat(task.inputJson()).isNull();
        assertThat(task.title()).isEqualTo("Label the cats");
        assertThat(lastEvent(task).type()).isEqualTo(TaskEventType.ARCHIVED);
        assertThat(lastEvent(task).reason()).isEqualTo("retention of P30D ended");
        assertThatIllegalStateException().isThrownBy(() -> task.archive(LATER, "twice"));
    }

    @Test
    void aVeryLongReasonIsShortenedToTheColumnSizeWithAnEllipsis() {
        Task task = postedTask(null);

        TaskEvent event = task.record(LATER, TaskEventType.NO_ELIGIBLE_WORKER, null, "r".repeat(5000));

        assertThat(event.reason()).hasSize(TaskEvent.MAX_REASON).endsWith("r…");
    }

    @Test
    void theEventListCannotBeChangedFromOutside() {
        Task task = postedTask(null);

        assertThat(task.events()).isUnmodifiable();
    }

    @Test
    void theSameKeyWithTheSameRequestIsAReplay() {
        Task task = postedTask(new IdempotencyKey("key-1", "hash-a"));

        assertThat(task.isReplayOf(new IdempotencyKey("key-1", "hash-a"))).isTrue();
    }

    @Test
    void theSameKeyWithAnotherRequestIsNotAReplay() {
        Task task = postedTask(new IdempotencyKey("key-1", "hash-a"));

        assertThat(task.isReplayOf(new IdempotencyKey("key-1", "hash-b"))).isFalse();
    }

    @Test
    void anotherKeyIsNotAReplayEvenForTheSameRequest() {
        Task task = postedTask(new IdempotencyKey("key-1", "hash-a"));

        assertThat(task.isReplayOf(new IdempotencyKey("key-2", "hash-a"))).isFalse();
        assertThat(task.isReplayOf(null)).isFalse();
    }

    @Test
    void aTaskPostedWithoutAKeyIsNeverAReplay() {
        Task task = postedTask(null);

        assertThat(task.isReplayOf(new IdempotencyKey("key-1", "hash-a"))).isFalse();
    }

    private static Task settledTask() {
        Task task = postedTask(null);
        task.open(LATER, "escrow");
        task.startReview(LATER, "review");
        task.settle();
        return task;
    }

    private static TaskEvent lastEvent(Task task) {
        return task.events().get(task.events().size() - 1);
    }

    @Test
    void theLastEventTypeIsTheNewestEntryOfTheHistory() {
        Task task = postedTask(null);
        assertThat(task.lastEventType()).isEqualTo(TaskEventType.POSTED);
        task.record(LATER, TaskEventType.NO_ELIGIBLE_WORKER, null, "nobody yet");
        assertThat(task.lastEventType()).isEqualTo(TaskEventType.NO_ELIGIBLE_WORKER);
    }
}
