package io.crowdflow.review.interfaces.rest;

import io.crowdflow.review.application.GoldItemService.AttachedGoldItem;
import io.crowdflow.review.domain.GoldItem;
import io.crowdflow.task.interfaces.rest.TaskView.RewardView;
import io.crowdflow.web.json.JsonBody;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.List;

/**
 * A gold item as its requester sees it (never a worker): the work, its known answer, and how often gold mixing gave
 * it to a worker, how often it was answered and answered right.
 */
public record GoldItemView(String id, String type, String title, String instructions, RewardView reward,
                           String deadline, List<String> skills, JsonValue input, String goldAnswer, String region,
                           Instant createdAt, int mixedIn, int answered, int correct) {

    static GoldItemView of(AttachedGoldItem attached) {
        GoldItem g = attached.item();
        return new GoldItemView(g.id(), g.type(), g.title(), g.instructions(),
                new RewardView(g.reward().amountText(), g.reward().currency()), g.deadline().toString(), g.skills(),
                JsonBody.parseValue(g.inputJson()), g.answer(), g.region(), g.createdAt(), attached.usage().mixedIn(),
                attached.usage().answered(), attached.usage().correct());
    }
}
