package io.crowdflow.assignment.application;

import io.crowdflow.assignment.domain.LearningCurve;
import io.crowdflow.assignment.domain.PolicyOutcomes;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The assignment policy's learning curve for admins: the reward each policy earned per hour or day over the
 * last days, and the learning policy's observation log with its model version (docs/assignment.md).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LearningCurveService {

    static final int MAX_DAYS = 90;
    static final int MAX_HOURLY_DAYS = 31;
    /** Rows read per source at most; a window with more is answered from the first ones and says so. */
    static final int MAX_ROWS = 200_000;

    @Inject
    PolicyOutcomes outcomes;

    @Inject
    AssignmentSettings settings;

    @Inject
    Clock clock;

    public Curve curve(String daysText, String bucketText) {
        List<Violation> problems = new ArrayList<>();
        Integer days = daysText == null || daysText.isBlank() ? Integer.valueOf(14) : parse(daysText.trim());
        if (days == null || days < 1 || days > MAX_DAYS) {
            problems.add(new Violation("days", "must be a whole number from 1 to " + MAX_DAYS));
        }
        String bucketName = bucketText == null || bucketText.isBlank() ? "day" : bucketText.trim();
        if (!bucketName.equals("hour") && !bucketName.equals("day")) {
            problems.add(new Violation("bucket", "must be hour or day"));
        } else if (bucketName.equals("hour") && days != null && days > MAX_HOURLY_DAYS) {
            problems.add(new Violation("bucket", "hourly buckets cover at most " + MAX_HOURLY_DAYS + " days"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ChronoUnit unit = bucketName.equals("hour") ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        Instant to = clock.now().truncatedTo(unit).plus(1, unit);
        Instant from = to.minus(Duration.ofDays(days));
        var outcomeRows = outcomes.outcomes(from, to, MAX_ROWS);
        var observationRows = outcomes.observations(from, to, MAX_ROWS);
        boolean truncated = outcomeRows.size() >= MAX_ROWS || observationRows.size() >= MAX_ROWS;
        LearningCurve curve = LearningCurve.of(from, to, unit.getDuration(), outcomeRows, observationRows,
                outcomes.observationsBefore(from), truncated);
        return new Curve(curve, bucketName, settings.policy());
    }

    private static Integer parse(String text) {
        return text.matches("\\d{1,4}") ? Integer.valueOf(text) : null;
    }

    /** The curve, its bucket's name, and the policy configured now (by its setting name, e.g. linucb). */
    public record Curve(LearningCurve curve, String bucket, String configuredPolicy) {
    }
}
