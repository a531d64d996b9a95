package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.Candidates;
import io.crowdflow.assignment.domain.TaskProfile;

import java.time.Instant;
import java.util.Optional;

/** Eligible workers in turn: the one who was assigned least recently (or never) goes first. */
public class RoundRobinAssignmentPolicy implements AssignmentPolicy {

    public static final String NAME = "round-robin/1";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Choice> choose(TaskProfile task, Candidates candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Instant last = candidates.lastAssignedAt(0);
        String when = last == null ? "never assigned before" : "last assigned " + last;
        return Optional.of(new Choice(0, candidates.get(0), "first in turn among " + candidates.size() + " eligible ("
                + when + ")"));
    }
}
