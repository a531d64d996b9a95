package io.crowdflow.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PersonTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aPersonIsRegisteredFromTheTokenWithNoSkills() {
        Person person = new Person(new Caller("sub-1", "ada", Set.of(Caller.WORKER)), NOW);

        assertThat(person.id()).isEqualTo("sub-1");
        assertThat(person.username()).isEqualTo("ada");
        assertThat(person.isWorker()).isTrue();
        assertThat(person.skills()).isEmpty();
        assertThat(person.registeredAt()).isEqualTo(NOW);
        assertThat(person.lastAssignedAt()).isNull();
    }

    @Test
    void aCallerWithoutTheWorkerRoleIsNotAWorker() {
        Person person = new Person(new Caller("sub-1", "ada", Set.of(Caller.REQUESTER, Caller.REVIEWER)), NOW);

        assertThat(person.isWorker()).isFalse();
    }

    @Test
    void aCallerWithoutAUsernameIsKnownByTheirSubject() {
        Person person = new Person(new Caller("sub-1", " ", Set.of()), NOW);

        assertThat(person.username()).isEqualTo("sub-1");
    }

    @Test
    void skillsAreTrimmedLowerCasedSortedAndDeduplicated() {
        Person person = worker("sub-1");

        person.changeSkills(List.of(" Python ", "english", "PYTHON", "", "  ", "Image-Tagging"));

        assertThat(person.skills()).containsExactly("english", "image-tagging", "python");
    }

    @Test
    void changingSkillsReplacesTheOldOnes() {
        Person person = worker("sub-1");
        person.changeSkills(List.of("english", "python"));

        person.changeSkills(List.of("sql"));

        assertThat(person.skills()).containsExactly("sql");
    }

    @Test
    void skillsSurviveJoiningAndSplitting() {
        assertThat(Person.joinSkills(List.of("b", " A ", "a"))).isEqualTo("a,b");
        assertThat(Person.splitSkills("b, A ,a,,")).containsExactly("a", "b");
        assertThat(Person.splitSkills("")).isEmpty();
        assertThat(Person.splitSkills(null)).isEmpty();
    }

    @Test
    void aPersonHasAllSkillsOnlyWhenNoneIsMissing() {
        Person person = worker("sub-1");
        person.changeSkills(List.of("english", "python"));

        assertThat(person.hasAllSkills(List.of())).isTrue();
        assertThat(person.hasAllSkills(List.of("python"))).isTrue();
        assertThat(person.hasAllSkills(List.of(" English ", "PYTHON"))).as("compared normalised").isTrue();
        assertThat(person.hasAllSkills(List.of("python", "sql"))).isFalse();
    }

    @Test
    void refreshingFromTheSameTokenChangesNothing() {
        Person person = worker("sub-1");

        assertThat(person.refreshFrom(new Caller("sub-1", "sub-1-name", Set.of(Caller.WORKER)))).isFalse();
        assertThat(person.isWorker()).isTrue();
    }

    @Test
    void losingTheWorkerRoleIsNoticedAndApplied() {
        Person person = worker("sub-1");

        boolean changed = person.refreshFrom(new Caller("sub-1", "sub-1-name", Set.of(Caller.REVIEWER)));

        assertThat(changed).isTrue();
        assertThat(person.isWorker()).isFalse();
    }

    @Test
    void gainingTheWorkerRoleIsNoticedAndApplied() {
        Person person = new Person(new Caller("sub-1", "ada", Set.of(Caller.REQUESTER)), NOW);

        boolean changed = person.refreshFrom(new Caller("sub-1", "ada", Set.of(Caller.REQUESTER, Caller.WORKER)));

        assertThat(changed).isTrue();
        assertThat(person.isWorker()).isTrue();
    }

    @Test
    void aNewUsernameIsNoticedAndApplied() {
        Person person = worker("sub-1");

        boolean changed = person.refreshFrom(new Caller("sub-1", "ada.lovelace", Set.of(Caller.WORKER)));

        assertThat(changed).isTrue();
        assertThat(person.username()).isEqualTo("ada.lovelace");
    }

    @Test
    void refreshingKeepsSkillsAndRegistration() {
        Person person = worker("sub-1");
        person.changeSkills(List.of("english"));

        person.refreshFrom(new Caller("sub-1", "renamed", Set.of()));

        assertThat(person.skills()).containsExactly("english");
        assertThat(person.registeredAt()).isEqualTo(NOW);
    }

    @Test
    void anAssignmentIsRemembered() {
        Person person = worker("sub-1");

        person.recordAssignment(NOW.plusSeconds(5));

        assertThat(person.lastAssignedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    private static Person worker(String id) {
        return new Person(new Caller(id, id + "-name", Set.of(Caller.WORKER)), NOW);
    }
}
