package io.crowdflow.privacy.application;

import io.crowdflow.review.domain.Reputation;
import io.crowdflow.review.domain.Reputations;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.identity.domain.Person;
import io.crowdflow.identity.domain.PersonErasedException;
import io.crowdflow.identity.domain.PersonRepository;
import io.crowdflow.privacy.domain.IdentityProviderAccounts;
import io.crowdflow.privacy.domain.IdentityProviderUnavailableException;
import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.privacy.domain.crypto.DataKey;
import io.crowdflow.privacy.domain.crypto.DataKeys;
import io.crowdflow.privacy.domain.crypto.Envelope;
import io.crowdflow.privacy.domain.crypto.MasterKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErasureServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Caller WORKER = new Caller("w1", "worker1", Set.of(Caller.WORKER));

    /** Keys in a map, as JdbcDataKeys keeps them in cf_data_key. */
    static final class MapKeys implements DataKeys {
        final MasterKey master = MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
        final Map<String, DataKey> byPerson = new HashMap<>();

        @Override
        public DataKey keyOf(String personId) {
            return byPerson.computeIfAbsent(personId, p -> master.newDataKey("k-" + p, p));
        }

        @Override
        public Optional<DataKey> find(String keyId) {
            return byPerson.values().stream().filter(k -> k.id().equals(keyId)).findFirst();
        }

        @Override
        public boolean destroy(String personId) {
            DataKey key = byPerson.get(personId);
            if (key == null || key.destroyed()) {
                return false;
            }
            byPerson.put(personId, new DataKey(key.id(), personId, null));
            return true;
        }
    }

    private final MapKeys keys = new MapKeys();
    private final ConsentServiceTest.FakeRecords consents = new ConsentServiceTest.FakeRecords();
    private final ConsentServiceTest.ListLog log = new ConsentServiceTest.ListLog();
    private final Map<String, Person> people = new HashMap<>();
    private boolean keycloakAnswers = true;
    private final List<String> removedAccounts = new java.util.ArrayList<>();
    private final List<String> forgottenReputations = new java.util.ArrayList<>();
    private final ErasureService service = new ErasureService();

    @BeforeEach
    void wire() {
        Person person = new Person(WORKER, NOW.minusSeconds(3600));
        person.changeSkills(List.of("image"));
        people.put(person.id(), person);
        consents.change("w1", Purpose.ASSIGNMENT_PROFILING, true);
        consents.change("w1", Purpose.RESEARCH_ANALYTICS, true);
        service.people = new PersonRepository() {
            @Override
            public Optional<Person> find(String id) {
                return Optional.ofNullable(people.get(id));
            }

            @Override
            public void add(Person p) {
                people.put(p.id(), p);
            }

            @Override
            public List<Person> workersInTurnOrder() {
                return people.values().stream().filter(Person::isWorker).toList();
            }
        };
        service.keys = keys;
        service.crypto = new PersonalDataCrypto(keys);
        service.consents = consents;
        service.consentLog = log;
        service.holders = new ConsentHolders();
        service.accounts = new IdentityProviderAccounts() {
            @Override
            public boolean remove(String personId) {
                if (!keycloakAnswers) {
                    throw new IdentityProviderUnavailableException("remove the account", null);
                }
                removedAccounts.add(personId);
                return true;
            }
        };
        service.reputations = new Reputations() {
            @Override
            public Optional<Reputation> find(String workerId, String taskType) {
                return Optional.empty();
            }

            @Override
            public void add(Reputation reputation) {
            }

            @Override
            public List<Reputation> ofWorker(String workerId) {
                return List.of();
            }

            @Override
            public int forget(String workerId) {
                forgottenReputations.add(workerId);
                return 1;
            }
        };
        service.clock = () -> NOW;
    }

    @Test
    void erasureDestroysTheKeyEmptiesTheProfileWithdrawsConsentsAndRemovesTheKeycloakUser() {
        String answer = Envelope.seal(keys.keyOf("w1"), "{\"cat\": true}");

        ErasureService.Receipt receipt = service.erase(WORKER);

        assertThat(receipt.dataKeyDestroyed()).isTrue();
        assertThat(receipt.accountRemoved()).isTrue();
        assertThat(receipt.consentsWithdrawn()).isEqualTo(2);
        assertThat(Envelope.open(keys.find("k-w1").orElseThrow(), answer)).as("the answer is unreadable").isEmpty();
        Person person = people.get("w1");
        assertThat(person.isErased()).isTrue();
        assertThat(person.isWorker()).isFalse();
        assertThat(person.username()).isEqualTo("erased");
        assertThat(person.skills()).isEmpty();
        assertThat(removedAccounts).containsExactly("w1");
        assertThat(forgottenReputations).as("figures about the worker go too").containsExactly("w1");
        assertThat(log.events).hasSize(2).allSatisfy(e -> {
            assertThat(e.granted()).isFalse();
            assertThat(e.source()).isEqualTo("erasure");
        });
    }

    @Test
    void anAnswerReadBeforeTheErasureReadsAsErasedAfterItThoughItsTextWasKeptInMemory() {
        String answer = service.crypto.seal(io.crowdflow.privacy.domain.crypto.PersonalText.of("w1", "\"cat\""));
        assertThat(service.crypto.open(answer, "unknown").text()).isEqualTo("\"cat\"");

        service.erase(WORKER);

        assertThat(service.crypto.open(answer, "unknown").erased()).isTrue();
    }

    @Test
    void anErasedPersonIsRefusedWhenTheirStillValidTokenComesBack() {
        service.erase(WORKER);
        assertThatThrownBy(() -> people.get("w1").refreshFrom(WORKER)).isInstanceOf(PersonErasedException.class);
        assertThatThrownBy(() -> people.get("w1").changeSkills(List.of("x"))).isInstanceOf(PersonErasedException.class);
    }

    @Test
    void whenKeycloakDoesNotAnswerTheErasureFailsSoTheTransactionIsRolledBack() {
        keycloakAnswers = false;
        assertThatThrownBy(() -> service.erase(WORKER)).isInstanceOf(IdentityProviderUnavailableException.class)
                .hasMessageContaining("nothing was changed");
        // the container rolls back the key destruction and the profile change for this exception
        jakarta.ejb.ApplicationException marker = io.crowdflow.shared.domain.CrowdflowException.class
                .getAnnotation(jakarta.ejb.ApplicationException.class);
        assertThat(marker.rollback()).isTrue();
        assertThat(marker.inherited()).isTrue();
    }
}
