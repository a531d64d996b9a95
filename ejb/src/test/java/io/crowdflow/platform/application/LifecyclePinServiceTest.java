package io.crowdflow.platform.application;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.platform.domain.LifecyclePin;
import io.crowdflow.platform.domain.LifecyclePinNotFoundException;
import io.crowdflow.platform.domain.LifecyclePins;
import io.crowdflow.platform.domain.LifecycleVersions;
import io.crowdflow.shared.domain.InvalidRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecyclePinServiceTest {

    static final Caller DESIGNER = new Caller("sub-d", "designer", Set.of(Caller.PROCESS_DESIGNER));
    final List<LifecyclePin> stored = new ArrayList<>();
    LifecyclePinService service;

    @BeforeEach
    void wire() {
        service = new LifecyclePinService();
        service.versions = () -> List.of(1, 2, 3);
        service.clock = () -> Instant.parse("2026-11-25T12:00:00Z");
        service.pins = new LifecyclePins() {
            public Optional<LifecyclePin> find(String type) {
                return stored.stream().filter(p -> p.taskType().equals(type)).findFirst();
            }

            public List<LifecyclePin> all() {
                return stored;
            }

            public void add(LifecyclePin pin) {
                stored.add(pin);
            }

            public void remove(LifecyclePin pin) {
                stored.remove(pin);
            }
        };
    }

    @Test
    void aDesignerPinsATaskTypeAndRepinsIt() {
        service.pin(DESIGNER, "labeling", 2, " stay before the approval step ");
        LifecyclePin pin = service.pin(DESIGNER, "labeling", 3, "approval is fine now");
        assertThat(stored).containsExactly(pin);
        assertThat(pin.version()).isEqualTo(3);
        assertThat(pin.reason()).isEqualTo("approval is fine now");
        assertThat(pin.pinnedBy()).isEqualTo("sub-d");
    }

    @Test
    void everyProblemOfAPinIsNamedAndNothingIsStored() {
        assertThatThrownBy(() -> service.pin(DESIGNER, "knitting", 7, " "))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(InvalidRequestException.Violation::field)
                        .containsExactly("taskType", "version", "reason"))
                .hasMessageContaining("TaskLifecycle has no version 7; deployed: [1, 2, 3]");
        assertThatThrownBy(() -> service.pin(DESIGNER, "survey", null, "x".repeat(501)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("version: is required")
                .hasMessageContaining("longer than 500");
        assertThat(stored).isEmpty();
    }

    @Test
    void clearingAPinThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> service.unpin(DESIGNER, "survey")).isInstanceOf(LifecyclePinNotFoundException.class);
        service.pin(DESIGNER, "survey", 1, "why not");
        service.unpin(DESIGNER, "survey");
        assertThat(stored).isEmpty();
    }
}
