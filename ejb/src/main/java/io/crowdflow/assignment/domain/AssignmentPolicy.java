package io.crowdflow.assignment.domain;

import io.crowdflow.identity.domain.Person;

import java.util.List;
import java.util.Optional;

/** Picks who gets a slot among eligible workers, and says why. */
public interface AssignmentPolicy {

    /** The policy's name and version, recorded with every decision it makes. */
    String name();

    /** @param eligible eligible workers in turn order (least recently assigned first) */
    Optional<Choice> choose(List<Person> eligible);

    record Choice(Person worker, String why) {
    }
}
