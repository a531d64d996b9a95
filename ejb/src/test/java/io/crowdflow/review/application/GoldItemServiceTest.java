package io.crowdflow.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.domain.GoldItem;
import io.crowdflow.review.domain.GoldItemAlreadyWithdrawnException;
import io.crowdflow.review.domain.GoldItemNotFoundException;
import io.crowdflow.review.domain.GoldItems;
import io.crowdflow.review.infrastructure.drools.DroolsReviewRulesForTests;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import io.crowdflow.task.domain.TaskDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * GoldItemService: an item is attached only to a task type it fits (checked with the real review rules), and its
 * requester or an admin withdraws it; anyone else is told it does not exist.
 */
@ExtendWith(MockitoExtension.class)
class GoldItemServiceTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final Caller OWNER = new Caller("requester-1", "rob", Set.of(Caller.REQUESTER));
    static final Caller OTHER_REQUESTER = new Caller("requester-2", "rita", Set.of(Caller.REQUESTER));
    static final Caller ADMIN = new Caller("admin-1", "ada", Set.of(Caller.ADMIN));

    @Mock
    GoldItems items;
    @Mock
    Clock clock;

    private final GoldItemService service = new GoldItemService();

    @BeforeEach
    void wire() {
        service.items = items;
        service.clock = clock;
        service.reviewRules = DroolsReviewRulesForTests.withDefaultPolicy();
        lenient().when(clock.now()).thenReturn(NOW);
        lenient().when(items.usageOf(any())).thenReturn(new GoldItems.Usage(0, 0, 0));
    }

    private static TaskDraft gold(String type, String input, String answer) {
        return TaskDraft.from(new TaskDraft.Raw("Item", "Answer.", type, "0.50", "USD", 1, "PT1H", List.of("image"),
                input, null, null, null, answer));
    }

    private static GoldItem itemOf(String requester) {
        return new GoldItem(requester, gold("labeling", "{\"labels\": [\"cat\", \"dog\"]}", "cat"),
                NOW.minusSeconds(3600));
    }

    private static List<Violation> refusalOf(Runnable attach) {
        try {
            attach.run();
        } catch (InvalidRequestException e) {
            return e.violations();
        }
        throw new AssertionError("the attachment was not refused");
    }

    @Test
    void anItemWhoseKnownAnswerIsOneOfItsLabelsIsAttached() {
        GoldItem item = service.attach(OWNER, gold("labeling", "{\"labels\": [\"cat\", \"dog\"]}", "cat"));

        assertThat(item.requesterId()).isEqualTo("requester-1");
        assertThat(item.state()).isEqualTo("active");
        verify(items).add(item);
    }

    @Test
    void anItemOfATypeThePlatformDoesNotKnowIsRefusedNamingTheTypeAndNothingIsAttached() {
        List<Violation> refused = refusalOf(() -> service.attach(OWNER,
                gold("cat-pictures", "{\"labels\": [\"cat\", \"dog\"]}", "cat")));

        assertThat(refused).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("type");
            assertThat(v.message()).contains("unknown task type cat-pictures").contains("labeling, content-moderation");
        });
        verify(items, never()).add(any());
    }

    @Test
    void aKnownAnswerThatIsNotOneOfTheLabelsIsRefusedWithTheReviewRuleThatWouldRejectItAndNothingIsAttached() {
        List<Violation> refused = refusalOf(() -> service.attach(OWNER,
                gold("content-moderation", "{\"labels\": [\"ok\", \"remove\"]}", "delete")));

        assertThat(refused).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("goldAnswer");
            assertThat(v.message()).contains("no worker could answer this item right")
                    .contains("An answer that is not one of the task's labels is rejected as malformed");
        });
        verify(items, never()).add(any());
    }

    @Test
    void aLabelTypeWithoutLabelsAndAFreeTextTypeTakeAnyKnownAnswer() {
        service.attach(OWNER, gold("labeling", "{\"items\": [\"a.png\"]}", "cat"));
        service.attach(OWNER, gold("translation", "{\"labels\": [\"not\", \"used\"]}", "Guten Morgen"));

        verify(items, times(2)).add(any());
    }

    @Test
    void theRequesterWithdrawsTheirItemWithTheReasonAndSeesItWithdrawn() {
        GoldItem item = itemOf("requester-1");
        when(items.findForWithdrawal(item.id())).thenReturn(Optional.of(item));

        var withdrawn = service.withdraw(OWNER, item.id(), "the image is ambiguous");

        assertThat(withdrawn.item().state()).isEqualTo("withdrawn");
        assertThat(withdrawn.item().withdrawnBy()).isEqualTo("requester-1");
        assertThat(withdrawn.item().withdrawnAt()).isEqualTo(NOW);
        assertThat(withdrawn.item().withdrawalReason()).isEqualTo("the image is ambiguous");
    }

    @Test
    void anAdminWithdrawsAnyItemAndIsRecordedAsTheOneWhoDid() {
        GoldItem item = itemOf("requester-1");
        when(items.findForWithdrawal(item.id())).thenReturn(Optional.of(item));

        service.withdraw(ADMIN, item.id(), "reported as misleading");

        assertThat(item.withdrawnBy()).isEqualTo("admin-1");
    }

    @Test
    void anotherRequesterIsToldTheItemDoesNotExistAndItStaysActive() {
        GoldItem item = itemOf("requester-1");
        when(items.findForWithdrawal(item.id())).thenReturn(Optional.of(item));
        when(items.find(item.id())).thenReturn(Optional.of(item));

        assertThatThrownBy(() -> service.withdraw(OTHER_REQUESTER, item.id(), "not mine"))
                .isInstanceOf(GoldItemNotFoundException.class);
        assertThatThrownBy(() -> service.one(OTHER_REQUESTER, item.id()))
                .isInstanceOf(GoldItemNotFoundException.class);
        assertThat(item.isWithdrawn()).isFalse();
    }

    @Test
    void withdrawingTwiceIsAConflict() {
        GoldItem item = itemOf("requester-1");
        when(items.findForWithdrawal(item.id())).thenReturn(Optional.of(item));
        service.withdraw(OWNER, item.id(), "first");

        assertThatThrownBy(() -> service.withdraw(OWNER, item.id(), "second"))
                .isInstanceOf(GoldItemAlreadyWithdrawnException.class);
        assertThat(item.withdrawalReason()).isEqualTo("first");
    }

    @Test
    void anUnknownItemIsNotFound() {
        when(items.findForWithdrawal("nope")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.withdraw(ADMIN, "nope", "x")).isInstanceOf(GoldItemNotFoundException.class);
    }
}
