package io.crowdflow.governance.domain;

import io.crowdflow.shared.domain.ConflictException;

public class RuleSetNotActivatableException extends ConflictException {

    public RuleSetNotActivatableException(int version, String why) {
        super("rule set version " + version + " cannot be activated: " + why);
    }

    @Override
    public String problemSlug() {
        return "ruleset-not-activatable";
    }
}
