package io.crowdflow.governance.domain;

import io.crowdflow.shared.domain.NotFoundException;

public class SweepNotFoundException extends NotFoundException {

    public SweepNotFoundException(long id) {
        super("there is no retention sweep " + id);
    }

    @Override
    public String problemSlug() {
        return "sweep-not-found";
    }
}
