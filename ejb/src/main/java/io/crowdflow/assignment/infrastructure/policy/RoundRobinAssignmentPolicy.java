package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.identity.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Eligible workers in turn: the one who was assigned least recently (or never) goes first. */
@ApplicationScoped
public class RoundRobinAssignmentPolicy implements AssignmentPolicy {

    @Override
    public String name() {
        return "round-robin/1";
    }

    @Override
    public Optional<Choice> choose(List<Person> eligible) {
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        Person first = eligible.get(0);
        String when = first.lastAssignedAt() == null ? "never assigned before"
                : "last assigned " + first.lastAssignedAt();
        return Optional.of(new Choice(first, "first in turn among " + eligible.size() + " eligible ("
                + when + ")"));
    }
}
