package io.crowdflow.governance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.crowdflow.governance.domain.CheckedTable;
import io.crowdflow.governance.domain.RetentionAuditLog;
import io.crowdflow.governance.domain.RetentionDryRunJob;
import io.crowdflow.governance.domain.RetentionDryRunJobRepository;
import io.crowdflow.governance.domain.RetentionPlanRepository;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetRepository;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.retention.RetentionAction;
import io.crowdflow.shared.domain.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** A background dry run works page by page from its committed cursor and tally, and ends with the report. */
@ExtendWith(MockitoExtension.class)
class RetentionDryRunnerTest {

    static final Instant AS_OF = Instant.parse("2026-11-25T10:00:00Z");
    static final Caller OFFICER = new Caller("officer-1", "olga", Set.of(Caller.COMPLIANCE_OFFICER));
    static final List<String> TASKS = List.of("t1", "t2", "t3", "t4", "t5");

    @Mock
    RetentionDryRunJobRepository jobs;
    @Mock
    RuleSetRepository ruleSets;
    @Mock
    RetentionPlanRepository plans;
    @Mock
    RetentionDryRun dryRun;
    @Mock
    RetentionAuditLog audit;
    @Mock
    Clock clock;

    private final RetentionDryRunner runner = new RetentionDryRunner();
    private RuleSet candidate;
    private RetentionDryRunJob job;

    @BeforeEach
    void wire() {
        runner.jobs = jobs;
        runner.ruleSets = ruleSets;
        runner.plans = plans;
        runner.dryRun = dryRun;
        runner.audit = audit;
        runner.clock = clock;
        byte[] file = "x".getBytes(StandardCharsets.UTF_8);
        candidate = new RuleSet(4, "r.csv", file, "ab", new CheckedTable("csv", 1, "drl"), OFFICER, AS_OF);
        job = new RetentionDryRunJob(4, OFFICER, "rule set v3", TASKS.size(), new RetentionDryRunTally().toJson(), AS_OF);
        when(jobs.lockOldestRunning()).thenAnswer(i -> job.state() == RetentionDryRunJob.State.RUNNING
                ? Optional.of(job) : Optional.empty());
        when(ruleSets.get(4)).thenReturn(candidate);
        when(clock.now()).thenReturn(AS_OF.plusSeconds(60));
        when(plans.retainedTaskIdsAfter(any(), anyInt())).thenAnswer(i -> {
            String after = i.getArgument(0);
            int size = i.getArgument(1);
            return TASKS.stream().filter(t -> after == null || t.compareTo(after) > 0).limit(size).toList();
        });
        // each record counted: one archive, judged as of the job's time
        doAnswer(i -> {
            RetentionDryRunTally tally = i.getArgument(1);
            List<String> page = i.getArgument(2);
            for (String id : page) {
                tally.records++;
                tally.actions.get(RetentionAction.ARCHIVE)[0]++;
                tally.rows.merge("Retention!2", 1, Integer::sum);
            }
            return null;
        }).when(dryRun).count(eq(candidate), any(), any(), eq(AS_OF));
    }

    @Test
    void pagesAreCountedFromTheCommittedCursorUntilTheReportIsWrittenOnTheVersion() {
        assertThat(runner.step(2)).isTrue();
        assertThat(job.processed()).isEqualTo(2);
        assertThat(job.lastTaskId()).isEqualTo("t2");
        assertThat(candidate.dryRunAt()).as("not before the last page").isNull();

        assertThat(runner.step(2)).isTrue();
        assertThat(runner.step(2)).isTrue();

        assertThat(job.state()).isEqualTo(RetentionDryRunJob.State.FINISHED);
        assertThat(job.processed()).isEqualTo(5);
        assertThat(job.pages()).isEqualTo(3);
        assertThat(candidate.dryRunBy()).isEqualTo("officer-1");
        assertThat(candidate.dryRunJson()).contains("\"records\":5", "\"Retention!2\":5", "\"comparedWith\":\"rule set v3\"",
                "\"ranAt\":\"" + AS_OF + "\"");
        assertThat(runner.step(2)).as("nothing left to run").isFalse();
    }
}
