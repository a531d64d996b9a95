package io.crowdflow.review.application;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.domain.GoldItem;
import io.crowdflow.review.domain.GoldItems;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.task.domain.TaskDraft;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** A requester attaches gold items to their task types and sees what became of them (docs/review.md). */
@Stateless
public class GoldItemService {

    @Inject
    GoldItems items;

    @Inject
    Clock clock;

    /** Attaches a gold item (a validated draft with its known answer); it is mixed in from the next assignment on. */
    public GoldItem attach(Caller requester, TaskDraft draft) {
        GoldItem item = new GoldItem(requester.subject(), draft, clock.now());
        items.add(item);
        return item;
    }

    public List<AttachedGoldItem> mine(Caller requester) {
        return items.ofRequester(requester.subject()).stream()
                .map(item -> new AttachedGoldItem(item, items.usageOf(item))).toList();
    }

    /** An item with how often it was mixed in, answered and answered right. */
    public record AttachedGoldItem(GoldItem item, GoldItems.Usage usage) {
    }
}
