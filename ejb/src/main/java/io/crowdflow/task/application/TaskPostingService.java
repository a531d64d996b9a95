package io.crowdflow.task.application;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.task.domain.IdempotencyKey;
import io.crowdflow.task.domain.TaskDraft;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Posting with the idempotency race closed: two requests with the same key at the same moment both
 * pass the look-up, one insert wins on the unique key, and the loser answers with the winner's task.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskPostingService {

    @Inject
    TaskService tasks;

    public TaskService.PostedTask post(Caller requester, TaskDraft draft, IdempotencyKey key) {
        try {
            return tasks.post(requester, draft, key);
        } catch (EJBException e) {
            if (key != null) {
                var winner = tasks.replayOf(requester, key);
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
            throw e;
        }
    }
}
