package io.crowdflow.review.application;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.domain.GoldItem;
import io.crowdflow.review.domain.GoldItemNotFoundException;
import io.crowdflow.review.domain.GoldItems;
import io.crowdflow.review.domain.ReviewRules;
import io.crowdflow.rules.governance.GovernancePolicy;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import io.crowdflow.task.domain.TaskDraft;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;

/**
 * A requester attaches gold items to their task types, sees what became of them and withdraws them; an admin may
 * withdraw any (docs/review.md).
 */
@Stateless
public class GoldItemService {

    private static final Logger LOG = Logger.getLogger(GoldItemService.class.getName());

    @Inject
    GoldItems items;

    @Inject
    ReviewRules reviewRules;

    @Inject
    Clock clock;

    /**
     * Attaches a gold item (a validated draft with its known answer) if it fits the task type: the type is one of
     * the platform's task types, and the review rules would accept its known answer from a worker. Otherwise 400
     * naming the field, and nothing is attached. It is mixed in from the next assignment on.
     */
    public GoldItem attach(Caller requester, TaskDraft draft) {
        List<Violation> misfits = misfitsOf(draft);
        if (!misfits.isEmpty()) {
            throw new InvalidRequestException(misfits);
        }
        GoldItem item = new GoldItem(requester.subject(), draft, clock.now());
        items.add(item);
        return item;
    }

    /**
     * Why a gold item could never serve on its type. A type the governance rules do not know: its tasks are refused,
     * so nothing of it is ever assigned and its gold never mixed in. A known answer the review rules would reject
     * from a worker (on a label type, a label not among the input's {@code labels}): every answer would fail it.
     */
    private List<Violation> misfitsOf(TaskDraft draft) {
        if (!GovernancePolicy.DEFAULT.isKnownTaskType(draft.type())) {
            return List.of(new Violation("type", "unknown task type " + draft.type() + "; gold items are attached to "
                    + "one of the task types " + GovernancePolicy.DEFAULT.getKnownTaskTypesText()));
        }
        return reviewRules.rejectionsOfKnownAnswer(draft.type(), draft.inputJson(), draft.review().goldAnswer())
                .stream().map(rejection -> new Violation("goldAnswer", "no worker could answer this item right: the "
                        + "review rule \"" + rejection.ruleName() + "\" would reject the known answer ("
                        + rejection.detail() + ")"))
                .toList();
    }

    public List<AttachedGoldItem> mine(Caller requester) {
        return items.ofRequester(requester.subject()).stream().map(this::attached).toList();
    }

    /** One item, for its requester or an admin; anyone else is told it does not exist. */
    public AttachedGoldItem one(Caller caller, String id) {
        return items.find(id).filter(item -> mayManage(caller, item)).map(this::attached)
                .orElseThrow(() -> new GoldItemNotFoundException(id));
    }

    /**
     * Withdraws an item (its requester, or an admin), with a reason: gold mixing never gives it to anyone again; the
     * tasks already made of it stay as they are and their answers are judged by its known answer. The item keeps
     * who withdrew it, when and why. Anyone else: 404; a second withdrawal: 409, the first one stands.
     */
    public AttachedGoldItem withdraw(Caller caller, String id, String reason) {
        GoldItem item = items.findForWithdrawal(id).filter(i -> mayManage(caller, i))
                .orElseThrow(() -> new GoldItemNotFoundException(id));
        item.withdraw(caller.subject(), reason, clock.now());
        LOG.info("CROWDFLOW-10001 gold item " + id + " of type " + item.type() + " withdrawn by " + caller.username()
                + (item.isOwnedBy(caller.subject()) ? " (its requester)" : " (admin)"));
        return attached(item);
    }

    /** An item withdrawn earlier (the answer to a retried withdrawal with its Idempotency-Key). */
    public AttachedGoldItem withdrawn(String id) {
        return items.find(id).map(this::attached).orElseThrow(() -> new GoldItemNotFoundException(id));
    }

    private static boolean mayManage(Caller caller, GoldItem item) {
        return item.isOwnedBy(caller.subject()) || caller.hasRole(Caller.ADMIN);
    }

    private AttachedGoldItem attached(GoldItem item) {
        return new AttachedGoldItem(item, items.usageOf(item));
    }

    /** An item with how often it was mixed in, answered and answered right. */
    public record AttachedGoldItem(GoldItem item, GoldItems.Usage usage) {
    }
}
