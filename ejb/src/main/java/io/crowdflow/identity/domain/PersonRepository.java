package io.crowdflow.identity.domain;

import java.util.List;
import java.util.Optional;

public interface PersonRepository {

    Optional<Person> find(String id);

    /** The person's registration alone (no skills, nothing decrypted), or empty if they never called. */
    Optional<Registration> registrationOf(String id);

    void add(Person person);

    /** Workers in the order they get their next turn: least recently assigned first, then by id. */
    List<Person> workersInTurnOrder();
}
