package io.crowdflow.governance.application;

import io.crowdflow.shared.application.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/** Settings of retention enforcement (docs/operations.md). */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    PlatformSettings settings;

    /** How often each node looks for due retention actions and works on a running sweep. */
    public Duration enforceInterval() {
        return Duration.parse(settings.text("crowdflow.retention.enforce-interval", "PT1M"));
    }

    /** How many tasks one sweep step re-plans in one transaction. */
    public int sweepPageSize() {
        return Integer.parseInt(settings.text("crowdflow.retention.sweep-page-size", "200"));
    }

    /** Up to how many retained records a retention dry run answers at once; beyond, it runs in the background. */
    public int dryRunInlineLimit() {
        return Integer.parseInt(settings.text("crowdflow.retention.dry-run-inline-limit", "10000"));
    }

    /** How many records one page of a background dry run counts in one transaction. */
    public int dryRunPageSize() {
        return Integer.parseInt(settings.text("crowdflow.retention.dry-run-page-size", "1000"));
    }

    /** How many due actions one enforcement round runs (each in its own transaction). */
    public int actionsPerRound() {
        return Integer.parseInt(settings.text("crowdflow.retention.actions-per-round", "500"));
    }
}
