package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.Candidate;
import io.crowdflow.assignment.domain.TaskProfile;

import java.util.List;
import java.util.Optional;

/** Eligible workers in turn: the one who was assigned least recently (or never) goes first. */
public class RoundRobinAssignmentPolicy implements AssignmentPolicy {

    public static final String NAME = "round-robin/1";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Choice> choose(TaskProfile task, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Candidate first = candidates.get(0);
        String when = first.lastAssignedAt() == null ? "never assigned before"
                : "last assigned " + first.lastAssignedAt();
        return Optional.of(new Choice(0, first, "first in turn among " + candidates.size() + " eligible ("
                + when + ")"));
    }
}
