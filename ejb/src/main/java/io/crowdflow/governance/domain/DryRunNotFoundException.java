package io.crowdflow.governance.domain;

import io.crowdflow.shared.domain.NotFoundException;

public class DryRunNotFoundException extends NotFoundException {

    public DryRunNotFoundException(long id) {
        super("there is no background dry run " + id);
    }

    @Override
    public String problemSlug() {
        return "dry-run-not-found";
    }
}
