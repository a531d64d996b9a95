package io.crowdflow.shared.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The platform's own settings. Each is read from a system property ({@code crowdflow.*}), else from
 * an environment variable ({@code CROWDFLOW_*}), else its default; docs/operations.md lists them all.
 */
@ApplicationScoped
public class PlatformSettings {

    /** How long a finished task's content is kept before it is archived (skeleton: one fixed period). */
    public Duration retentionPeriod() {
        return duration("crowdflow.retention.period", "P30D");
    }

    /** How long a slot with no eligible worker waits before the platform tries again. */
    public Duration assignmentRetryInterval() {
        return duration("crowdflow.assignment.retry-interval", "PT30S");
    }

    /** The platform's fee on each task, in percent of reward x redundancy. */
    public BigDecimal feePercent() {
        return new BigDecimal(text("crowdflow.fee.percent", "10"));
    }

    /** Whether the demo data (funded requesters, registered workers) is loaded at start. */
    public boolean demoData() {
        return Boolean.parseBoolean(text("crowdflow.demo-data", "false"));
    }

    public String text(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private Duration duration(String property, String fallback) {
        String value = text(property, fallback);
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("setting " + property + " is not an ISO-8601 duration: " + value, e);
        }
    }
}
