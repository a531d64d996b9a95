package io.crowdflow.identity.domain;

import io.crowdflow.privacy.domain.crypto.PersonalText;
import io.crowdflow.privacy.infrastructure.jpa.PersonalTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A person known to the platform, identified by their Keycloak subject; registered on first call. */
@Entity
@DynamicUpdate // changed columns only: unchanged personal text is not encrypted and written again
@Table(name = "cf_person")
public class Person {

    @Id
    private String id;

    @Column(nullable = false)
    private String username;

    @Column(name = "is_worker", nullable = false)
    private boolean worker;

    /** Comma-separated, encrypted with the person's own data key. */
    @Column(nullable = false)
    @Convert(converter = PersonalTextConverter.class)
    private PersonalText skills;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "last_assigned_at")
    private Instant lastAssignedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(Caller caller, Instant now) {
        this.id = caller.subject();
        this.username = caller.username();
        this.worker = caller.hasRole(Caller.WORKER);
        this.skills = new PersonalText(id, "", false);
        this.registeredAt = Objects.requireNonNull(now);
    }

    /** Keeps the name and the worker flag in step with the latest token. */
    public boolean refreshFrom(Caller caller) {
        boolean changed = !registration().isCurrentFor(caller);   // refuses an erased person
        this.username = caller.username();
        this.worker = caller.hasRole(Caller.WORKER);
        return changed;
    }

    public void changeSkills(Collection<String> newSkills) {
        requireNotErased();
        this.skills = new PersonalText(id, joinSkills(newSkills), false);
    }

    /**
     * The right to erasure: no name, no skills, no longer a worker. The row stays (assignments and
     * submissions refer to the id); the data key is destroyed by the privacy context.
     */
    public void erase(Instant at) {
        this.username = "erased";
        this.worker = false;
        this.skills = new PersonalText(id, "", false);
        this.erasedAt = at;
    }

    /** What {@link Registrations#of} reads of this person. */
    public Registration registration() {
        return new Registration(username, worker, erasedAt);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    private void requireNotErased() {
        if (erasedAt != null) {
            throw new PersonErasedException();
        }
    }

    public void recordAssignment(Instant at) {
        this.lastAssignedAt = at;
    }

    public boolean hasAllSkills(Collection<String> required) {
        return skills().containsAll(normalise(required));
    }

    public static String joinSkills(Collection<String> skills) {
        return String.join(",", normalise(skills));
    }

    public static List<String> splitSkills(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return normalise(Arrays.asList(joined.split(",")));
    }

    private static List<String> normalise(Collection<String> skills) {
        return skills.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public boolean isWorker() {
        return worker;
    }

    public List<String> skills() {
        return splitSkills(PersonalText.textOf(skills));
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant lastAssignedAt() {
        return lastAssignedAt;
    }
}
