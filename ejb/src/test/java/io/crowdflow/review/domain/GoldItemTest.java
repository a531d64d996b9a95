package io.crowdflow.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.task.domain.TaskDraft;
import org.junit.jupiter.api.Test;

/** A gold item's withdrawal: who, when and why stay with it; once only; a reason is required. */
class GoldItemTest {

    static final Instant ATTACHED = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant WITHDRAWN = Instant.parse("2026-11-25T10:00:00Z");

    static GoldItem item(String requester) {
        return new GoldItem(requester, TaskDraft.from(new TaskDraft.Raw("Cat or dog?", "Answer cat or dog.",
                "labeling", "0.50", "USD", 1, "PT1H", List.of("image"), "{\"labels\": [\"cat\", \"dog\"]}", null, null,
                null, "cat")), ATTACHED);
    }

    @Test
    void aNewItemIsActiveAndBelongsToItsRequester() {
        GoldItem item = item("requester-1");

        assertThat(item.state()).isEqualTo("active");
        assertThat(item.isWithdrawn()).isFalse();
        assertThat(item.withdrawnAt()).isNull();
        assertThat(item.isOwnedBy("requester-1")).isTrue();
        assertThat(item.isOwnedBy("requester-2")).isFalse();
    }

    @Test
    void aWithdrawnItemKeepsWhoWithdrewItWhenAndWhy() {
        GoldItem item = item("requester-1");

        item.withdraw("admin-1", "  the image shows a fox, not a dog  ", WITHDRAWN);

        assertThat(item.state()).isEqualTo("withdrawn");
        assertThat(item.isWithdrawn()).isTrue();
        assertThat(item.withdrawnBy()).isEqualTo("admin-1");
        assertThat(item.withdrawnAt()).isEqualTo(WITHDRAWN);
        assertThat(item.withdrawalReason()).isEqualTo("the image shows a fox, not a dog");
        assertThat(item.answer()).as("the known answer stays").isEqualTo("cat");
    }

    @Test
    void aSecondWithdrawalIsAConflictAndTheFirstOneStands() {
        GoldItem item = item("requester-1");
        item.withdraw("requester-1", "wrong answer", WITHDRAWN);

        assertThatThrownBy(() -> item.withdraw("admin-1", "again", WITHDRAWN.plusSeconds(60)))
                .isInstanceOf(GoldItemAlreadyWithdrawnException.class)
                .hasMessageContaining(WITHDRAWN.toString());
        assertThat(item.withdrawnBy()).isEqualTo("requester-1");
        assertThat(item.withdrawalReason()).isEqualTo("wrong answer");
        assertThat(item.withdrawnAt()).isEqualTo(WITHDRAWN);
    }

    @Test
    void aWithdrawalWithoutAReasonOrWithOneTooLongIsRefusedAndChangesNothing() {
        GoldItem item = item("requester-1");

        for (String bad : new String[]{null, "", "   ", "x".repeat(GoldItem.MAX_REASON + 1)}) {
            assertThatThrownBy(() -> item.withdraw("requester-1", bad, WITHDRAWN))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                            .extracting(InvalidRequestException.Violation::field).containsExactly("reason"));
        }
        assertThat(item.isWithdrawn()).isFalse();
        item.withdraw("requester-1", "x".repeat(GoldItem.MAX_REASON), WITHDRAWN);
        assertThat(item.isWithdrawn()).isTrue();
    }
}
