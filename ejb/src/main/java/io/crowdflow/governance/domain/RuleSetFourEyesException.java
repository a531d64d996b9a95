package io.crowdflow.governance.domain;

import io.crowdflow.shared.domain.NotPermittedException;

public class RuleSetFourEyesException extends NotPermittedException {

    public RuleSetFourEyesException(int version) {
        super("rule set version " + version + " was uploaded by you; a second compliance officer must approve and"
                + " activate it (four eyes)");
    }

    @Override
    public String problemSlug() {
        return "four-eyes-violation";
    }
}
