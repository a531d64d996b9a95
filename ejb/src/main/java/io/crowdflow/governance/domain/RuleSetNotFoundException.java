package io.crowdflow.governance.domain;

import io.crowdflow.shared.domain.NotFoundException;

public class RuleSetNotFoundException extends NotFoundException {

    public RuleSetNotFoundException(int version) {
        super("there is no retention rule set version " + version);
    }

    @Override
    public String problemSlug() {
        return "ruleset-not-found";
    }
}
