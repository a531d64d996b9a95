package io.crowdflow.payment.domain;

import io.crowdflow.shared.domain.NotFoundException;

public class NoCheckpointException extends NotFoundException {

    public NoCheckpointException(String which) {
        super("no signed checkpoint " + which + "; POST /api/ledger/checkpoints signs one now");
    }

    @Override
    public String problemSlug() {
        return "checkpoint-not-found";
    }
}
