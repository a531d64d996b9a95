package io.crowdflow.platform.domain;

import io.crowdflow.shared.domain.NotFoundException;

public class ProcessDefinitionNotFoundException extends NotFoundException {

    public ProcessDefinitionNotFoundException(String what) {
        super("no deployed process model " + what);
    }

    @Override
    public String problemSlug() {
        return "process-definition-not-found";
    }
}
