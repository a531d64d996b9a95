package io.crowdflow.governance.domain;

import io.crowdflow.shared.domain.ConflictException;

public class DryRunRequiredException extends ConflictException {

    public DryRunRequiredException(int version) {
        super("rule set version " + version + " has not been dry-run: run POST /governance/rulesets/" + version
                + "/dry-run and read what it would change before activating it");
    }

    @Override
    public String problemSlug() {
        return "ruleset-dry-run-required";
    }
}
