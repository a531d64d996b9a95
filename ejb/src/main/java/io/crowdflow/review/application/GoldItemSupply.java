package io.crowdflow.review.application;

import io.crowdflow.assignment.domain.GoldSupply;
import io.crowdflow.identity.domain.Person;
import io.crowdflow.identity.domain.PersonRepository;
import io.crowdflow.payment.application.PaymentService;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.review.domain.GoldItem;
import io.crowdflow.review.domain.GoldItems;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gold mixing's supply: picks the requester's oldest gold item of the type that is not withdrawn, that the worker
 * has not had and whose skills they hold, makes a one-slot task of it reserved for them, and starts its lifecycle in
 * the caller's transaction. The lifecycle is the ordinary one: governance, escrow from the requester (reward and fee,
 * like any slot), assignment (only the reserved worker is eligible), work, review (the known answer decides), settlement.
 */
@ApplicationScoped
public class GoldItemSupply implements GoldSupply {

    @Inject
    GoldItems items;

    @Inject
    TaskRepository tasks;

    @Inject
    TaskWorkflow workflow;

    @Inject
    PaymentService payments;

    @Inject
    PersonRepository people;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @Override
    public boolean hasItems(String requesterId, String taskType) {
        return items.anyMixable(requesterId, taskType);
    }

    @Override
    public Mixed mixIn(String requesterId, String taskType, String workerId, String mixedInto, String why) {
        List<GoldItem> attached = items.mixableOf(requesterId, taskType);
        if (attached.isEmpty()) {
            return Mixed.none(NO_ITEMS + " to type " + taskType + " (or every one withdrawn)");
        }
        Set<String> given = items.givenTo(workerId, attached.stream().map(GoldItem::id).toList());
        Optional<Person> worker = people.find(workerId);
        Optional<GoldItem> item = attached.stream().filter(i -> !given.contains(i.id()))
                .filter(i -> worker.map(w -> w.hasAllSkills(i.skills())).orElse(false)).findFirst();
        if (item.isEmpty()) {
            return Mixed.none("none mixed in: the worker has had each of the requester's " + attached.size()
                    + " gold item(s) of the type they hold the skills for");
        }
        GoldItem gold = item.get();
        if (!payments.hasFundsFor(requesterId, gold.reward(), 1)) {
            return Mixed.none("none mixed in: the requester's balance does not cover gold item " + gold.id());
        }
        Task task = Task.mixedGold(requesterId, gold.draft(), gold.id(), workerId, mixedInto, why, clock.now());
        tasks.add(task);
        task.startedAs(workflow.start(task, settings.assignmentRetryInterval()));
        return Mixed.made(task.id(), "mixed in gold item " + gold.id() + " as task " + task.id()
                + ", reserved for this worker, paid from the requester's escrow like any slot");
    }
}
