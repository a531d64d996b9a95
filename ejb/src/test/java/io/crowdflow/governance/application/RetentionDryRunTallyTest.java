package io.crowdflow.governance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.crowdflow.rules.retention.RetentionAction;
import org.junit.jupiter.api.Test;

class RetentionDryRunTallyTest {

    static final Instant AS_OF = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void theTallySurvivesItsJsonSoARestartGoesOnWithTheSameCounts() {
        RetentionDryRunTally tally = new RetentionDryRunTally();
        tally.records = 7;
        tally.changed = 3;
        tally.holds = 1;
        tally.actions.get(RetentionAction.PURGE)[0] = 4;
        tally.actions.get(RetentionAction.PURGE)[1] = 2;
        tally.rows.put("Retention!3", 4);
        tally.example(RetentionAction.PURGE, jakarta.json.Json.createObjectBuilder().add("taskId", "t9").build(), 3);
        tally.purgeAt(AS_OF.plusSeconds(3600), "t9");

        RetentionDryRunTally restored = RetentionDryRunTally.fromJson(tally.toJson());

        assertThat(restored.report(4, "rule set v3", AS_OF)).isEqualTo(tally.report(4, "rule set v3", AS_OF));
        assertThat(restored.toJson()).isEqualTo(tally.toJson());
    }
}
