package io.crowdflow.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationTest {

    static final Caller ADA_THE_WORKER = new Caller("sub-1", "ada", Set.of(Caller.WORKER));

    @Test
    void aCallerWhoseTokenSaysWhatIsHeldNeedsNothingWritten() {
        assertThat(new Registration("ada", true, null).isCurrentFor(ADA_THE_WORKER)).isTrue();
    }

    @Test
    void aChangedNameIsWrittenAgain() {
        assertThat(new Registration("ada.l", true, null).isCurrentFor(ADA_THE_WORKER)).isFalse();
    }

    @Test
    void aWorkerRoleGivenOrTakenAwayIsWrittenAgain() {
        assertThat(new Registration("ada", false, null).isCurrentFor(ADA_THE_WORKER)).isFalse();
        assertThat(new Registration("ada", true, null)
                .isCurrentFor(new Caller("sub-1", "ada", Set.of(Caller.REQUESTER)))).isFalse();
    }

    @Test
    void aCallerWithoutAUsernameMatchesTheSubjectTheyWereRegisteredUnder() {
        Caller nameless = new Caller("sub-1", " ", Set.of());
        Registration held = new Registration(new Person(nameless, Instant.EPOCH).username(), false, null);

        assertThat(held.isCurrentFor(nameless)).isTrue();
    }

    @Test
    void aPersonJustRegisteredFromTheTokenIsCurrentForIt() {
        assertThat(new Person(ADA_THE_WORKER, Instant.EPOCH).registration().isCurrentFor(ADA_THE_WORKER)).isTrue();
    }

    @Test
    void aPersonErasedAtTheirRequestIsRefusedAtTheNextCall() {
        Person ada = new Person(ADA_THE_WORKER, Instant.EPOCH);
        ada.erase(Instant.parse("2025-03-01T10:00:00Z"));

        assertThatThrownBy(() -> ada.registration().isCurrentFor(ADA_THE_WORKER))
                .isInstanceOf(PersonErasedException.class);
    }

    @Test
    void anErasedPersonIsRefusedWhateverTheirTokenSays() {
        Registration erased = new Registration("erased", false, Instant.parse("2025-03-01T10:00:00Z"));

        assertThatThrownBy(() -> erased.isCurrentFor(ADA_THE_WORKER)).isInstanceOf(PersonErasedException.class);
        assertThatThrownBy(() -> erased.isCurrentFor(new Caller("sub-1", "erased", Set.of())))
                .isInstanceOf(PersonErasedException.class);
    }
}
