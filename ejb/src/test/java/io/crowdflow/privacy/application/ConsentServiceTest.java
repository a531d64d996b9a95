package io.crowdflow.privacy.application;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.privacy.domain.ConsentEvent;
import io.crowdflow.privacy.domain.ConsentLog;
import io.crowdflow.privacy.domain.ConsentRecords;
import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.privacy.domain.UnknownPurposeException;
import io.crowdflow.shared.domain.InvalidRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentServiceTest {

    private static final Caller WORKER = new Caller("w1", "worker1", Set.of(Caller.WORKER));

    /** Keycloak as a map, counting how often it is asked who consented. */
    static final class FakeRecords implements ConsentRecords {
        final Map<String, Set<Purpose>> granted = new HashMap<>();
        int holderQueries;
        Runnable afterNextHolderRead;

        @Override
        public Set<Purpose> grantedBy(String personId) {
            return EnumSet.copyOf(granted.getOrDefault(personId, EnumSet.noneOf(Purpose.class)).isEmpty()
                    ? EnumSet.noneOf(Purpose.class) : granted.get(personId));
        }

        @Override
        public void change(String personId, Purpose purpose, boolean grant) {
            Set<Purpose> set = granted.computeIfAbsent(personId, p -> EnumSet.noneOf(Purpose.class));
            if (grant) {
                set.add(purpose);
            } else {
                set.remove(purpose);
            }
        }

        @Override
        public Set<String> holdersOf(Purpose purpose) {
            holderQueries++;
            Set<String> ids = new HashSet<>();
            granted.forEach((id, set) -> {
                if (set.contains(purpose)) {
                    ids.add(id);
                }
            });
            Runnable hook = afterNextHolderRead;
            afterNextHolderRead = null;
            if (hook != null) {
                hook.run();   // something changes while this answer is on its way back
            }
            return ids;
        }
    }

    static final class ListLog implements ConsentLog {
        final List<ConsentEvent> events = new ArrayList<>();

        @Override
        public void add(ConsentEvent event) {
            events.add(event);
        }

        @Override
        public List<ConsentEvent> of(String personId) {
            return events.stream().filter(e -> e.personId().equals(personId)).toList();
        }
    }

    private final FakeRecords records = new FakeRecords();
    private final ListLog log = new ListLog();
    private final ConsentService service = new ConsentService();

    @BeforeEach
    void wire() {
        ConsentHolders holders = new ConsentHolders();
        holders.records = records;
        holders.settings = new PrivacySettings() {
            @Override
            public java.time.Duration consentCacheTtl() {
                return java.time.Duration.ofMinutes(5);
            }
        };
        service.records = records;
        service.log = log;
        service.holders = holders;
        service.clock = () -> Instant.parse("2026-11-25T10:00:00Z");
        records.change("w1", Purpose.ASSIGNMENT_PROFILING, true);
    }

    @Test
    void withdrawalIsStoredAuditedAndSeenByTheNextDecisionDespiteTheCache() {
        assertThat(service.holders.withoutConsent(Purpose.ASSIGNMENT_PROFILING, List.of("w1"))).isEmpty();

        ConsentService.Consents after = service.change(WORKER, "assignment-profiling", false);

        assertThat(after.granted()).doesNotContain(Purpose.ASSIGNMENT_PROFILING);
        assertThat(log.events).singleElement().satisfies(e -> {
            assertThat(e.purpose()).isEqualTo("assignment-profiling");
            assertThat(e.granted()).isFalse();
            assertThat(e.source()).isEqualTo("api");
            assertThat(e.actor()).isEqualTo("w1");
        });
        assertThat(service.holders.withoutConsent(Purpose.ASSIGNMENT_PROFILING, List.of("w1"))).containsExactly("w1");
    }

    @Test
    void aWithdrawalMadeWhileTheHoldersWereBeingReadIsNotHiddenByThatStaleRead() {
        // Keycloak answers "w1 consented", and before that answer is back w1 withdraws through this node
        records.afterNextHolderRead = () -> service.change(WORKER, "assignment-profiling", false);

        assertThat(service.holders.withoutConsent(Purpose.ASSIGNMENT_PROFILING, List.of("w1")))
                .as("the read under way may still answer its own caller").isEmpty();

        assertThat(service.holders.withoutConsent(Purpose.ASSIGNMENT_PROFILING, List.of("w1")))
                .as("but it is not kept: the next decision sees the withdrawal").containsExactly("w1");
    }

    @Test
    void aCallThatChangesNothingRecordsNothing() {
        service.change(WORKER, "assignment-profiling", true);
        assertThat(log.events).isEmpty();
    }

    @Test
    void aNewGrantElsewhereIsNotMissedBecauseOnlyConsentIsTakenFromTheCache() {
        ConsentHolders holders = service.holders;
        assertThat(holders.withoutConsent(Purpose.ASSIGNMENT_PROFILING, List.of("w1"))).isEmpty();
        int asked = records.holderQueries;
        assertThat(holders.withoutConsent(Purpose.ASSIGNMENT_PROFILING, List.of("w1"))).isEmpty();
        assertThat(records.holderQueries).as("a cached yes is reused").isEqualTo(asked);

        records.change("w2", Purpose.ASSIGNMENT_PROFILING, true);   // granted through another node
        Collection<String> without = holders.withoutConsent(Purpose.ASSIGNMENT_PROFILING, List.of("w1", "w2"));
        assertThat(without).isEmpty();
        assertThat(records.holderQueries).as("someone missing is looked up afresh").isEqualTo(asked + 1);
    }

    @Test
    void someoneWithoutConsentWhomTheCachedAnswerAlreadySawCostsNoQueryUntilTheyGrantThroughThisNode() {
        ConsentHolders holders = service.holders;
        assertThat(holders.withoutConsent(Purpose.ASSIGNMENT_PROFILING, List.of("w1", "w2"))).containsExactly("w2");
        assertThat(records.holderQueries).as("asked before the read began: the read saw them").isEqualTo(1);

        for (int decision = 0; decision < 5; decision++) {
            assertThat(holders.withoutConsent(Purpose.ASSIGNMENT_PROFILING, List.of("w2"))).containsExactly("w2");
        }
        assertThat(records.holderQueries).as("no query per decision for a known refusal").isEqualTo(1);

        service.change(new Caller("w2", "worker2", Set.of(Caller.WORKER)), "assignment-profiling", true);
        assertThat(holders.withoutConsent(Purpose.ASSIGNMENT_PROFILING, List.of("w2")))
                .as("a grant through this node counts at the next decision").isEmpty();
        assertThat(records.holderQueries).isEqualTo(2);
    }

    @Test
    void unknownPurposesAndAMissingChoiceAreRefusedAndRecordNothing() {
        assertThatThrownBy(() -> service.change(WORKER, "selling-data", true)).isInstanceOf(UnknownPurposeException.class);
        assertThatThrownBy(() -> service.change(WORKER, "recommendations", null))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(log.events).isEmpty();
        assertThat(records.grantedBy("w1")).containsExactly(Purpose.ASSIGNMENT_PROFILING);
    }
}
