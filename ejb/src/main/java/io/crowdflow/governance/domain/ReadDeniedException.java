package io.crowdflow.governance.domain;

import io.crowdflow.shared.domain.NotPermittedException;

import java.util.List;

/** The read-access rules refused a read that is not hidden as "not found" (e.g. an export). */
public class ReadDeniedException extends NotPermittedException {

    public ReadDeniedException(String what, List<String> rules) {
        super("you may not read " + what + ": " + String.join(", ", rules));
    }

    @Override
    public String problemSlug() {
        return "read-denied";
    }
}
