package io.crowdflow.identity.application;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.identity.domain.Person;
import io.crowdflow.identity.domain.PersonRepository;
import io.crowdflow.identity.domain.Registrations;
import io.crowdflow.privacy.domain.crypto.DataKeys;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.regex.Pattern;

/** People appear in the platform the first time they call it with a valid token. */
@Stateless
public class IdentityService {

    private static final Pattern SKILL = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_SKILLS = 30;

    @Inject
    PersonRepository people;

    @Inject
    Registrations registrations;

    @Inject
    Clock clock;

    @Inject
    DataKeys keys;

    /**
     * Whether the caller is registered as their token says (same name, same worker flag), so that
     * {@link #register} would write nothing. Called at every request, so it runs without a transaction of
     * its own: one read of the registration, no commit. An erased person is refused here as in
     * {@link #register} ({@code PersonErasedException}), on every node at once, since it reads the database.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isRegisteredAsIs(Caller caller) {
        return registrations.of(caller.subject()).map(registration -> registration.isCurrentFor(caller))
                .orElse(false);
    }

    /**
     * Registers the caller if new (with their data key) and keeps name and worker flag current. Runs in
     * its own transaction so a later failure of the actual request never undoes the registration. An
     * erased person is refused ({@code PersonErasedException}): their token may still be valid for minutes.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Person register(Caller caller) {
        return people.find(caller.subject()).map(existing -> {
            existing.refreshFrom(caller);
            return existing;
        }).orElseGet(() -> {
            Person person = new Person(caller, clock.now());
            keys.keyOf(person.id());
            people.add(person);
            return person;
        });
    }

    /** The caller's profile; the REST layer registered them at the start of the request. */
    public Person profile(Caller caller) {
        return people.find(caller.subject()).orElseThrow(() ->
                new IllegalStateException("caller was registered by the REST layer: " + caller.subject()));
    }

    public Person changeSkills(Caller caller, List<String> skills) {
        if (skills == null) {
            throw new InvalidRequestException("skills", "is required (a list of skill names)");
        }
        if (skills.size() > MAX_SKILLS) {
            throw new InvalidRequestException("skills", "at most " + MAX_SKILLS + " skills");
        }
        for (int i = 0; i < skills.size(); i++) {
            String skill = skills.get(i) == null ? "" : skills.get(i).trim().toLowerCase();
            if (!SKILL.matcher(skill).matches()) {
                throw new InvalidRequestException("skills[" + i + "]",
                        "a skill is 1-40 lower-case letters, digits or '-'");
            }
        }
        Person person = people.find(caller.subject()).orElseThrow(() ->
                new IllegalStateException("caller was registered by the REST layer: " + caller.subject()));
        person.changeSkills(skills);
        return person;
    }
}
