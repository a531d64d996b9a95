package io.crowdflow.identity.domain;

import java.util.List;
import java.util.Optional;

public interface PersonRepository {

    Optional<Person> find(String id);

    void add(Person person);

    /** Workers in the order they get their next turn: least recently assigned first, then by id. */
    List<Person> workersInTurnOrder();
}
