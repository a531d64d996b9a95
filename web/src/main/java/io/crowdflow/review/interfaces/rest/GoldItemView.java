package io.crowdflow.review.interfaces.rest;

import io.crowdflow.review.application.GoldItemService.AttachedGoldItem;
import io.crowdflow.review.domain.GoldItem;
import io.crowdflow.task.interfaces.rest.TaskView.RewardView;
import io.crowdflow.web.json.JsonBody;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.List;

/**
 * A gold item as its requester sees it (never a worker): the work, its known answer, how often gold mixing gave
 * it to a worker, how often it was answered and answered right, and whether it is still mixed in ({@code state};
 * once withdrawn, who withdrew it, when and why). An admin who is not its requester sees it without its content
 * ({@code contentRedacted}): gold items are not classified, so their content is treated as personal data.
 */
public record GoldItemView(String id, String type, String title, String instructions, RewardView reward,
                           String deadline, List<String> skills, JsonValue input, String goldAnswer, String region,
                           Instant createdAt, int mixedIn, int answered, int correct, String state,
                           Instant withdrawnAt, String withdrawnBy, String withdrawalReason,
                           boolean contentRedacted) {

    static GoldItemView of(AttachedGoldItem attached) {
        return of(attached, false);
    }

    static GoldItemView of(AttachedGoldItem attached, boolean redacted) {
        GoldItem g = attached.item();
        return new GoldItemView(g.id(), g.type(), redacted ? null : g.title(), redacted ? null : g.instructions(),
                new RewardView(g.reward().amountText(), g.reward().currency()), g.deadline().toString(), g.skills(),
                redacted ? JsonValue.NULL : JsonBody.parseValue(g.inputJson()), redacted ? null : g.answer(),
                g.region(), g.createdAt(), attached.usage().mixedIn(), attached.usage().answered(),
                attached.usage().correct(), g.state(), g.withdrawnAt(), g.withdrawnBy(), g.withdrawalReason(),
                redacted);
    }
}
