package io.crowdflow.task.application;

import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import io.crowdflow.task.domain.RequesterActivity;
import io.crowdflow.task.domain.RequesterHistory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A requester's throughput (settled lifecycles) and acceptance rate over time, on their own tasks only. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RequesterActivityService {

    static final int MAX_DAYS = 90;
    static final int MAX_HOURLY_DAYS = 31;
    static final int MAX_ROWS = 100_000;

    @Inject
    RequesterHistory history;

    @Inject
    Clock clock;

    public Activity of(String requesterId, String daysText, String bucketText) {
        List<Violation> problems = new ArrayList<>();
        Integer days = daysText == null || daysText.isBlank() ? Integer.valueOf(30)
                : daysText.trim().matches("\\d{1,4}") ? Integer.valueOf(daysText.trim()) : null;
        if (days == null || days < 1 || days > MAX_DAYS) {
            problems.add(new Violation("days", "must be a whole number from 1 to " + MAX_DAYS));
        }
        String bucket = bucketText == null || bucketText.isBlank() ? "day" : bucketText.trim();
        if (!bucket.equals("hour") && !bucket.equals("day")) {
            problems.add(new Violation("bucket", "must be hour or day"));
        } else if (bucket.equals("hour") && days != null && days > MAX_HOURLY_DAYS) {
            problems.add(new Violation("bucket", "hourly buckets cover at most " + MAX_HOURLY_DAYS + " days"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ChronoUnit unit = bucket.equals("hour") ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        Instant to = clock.now().truncatedTo(unit).plus(1, unit);
        Instant from = to.minus(Duration.ofDays(days));
        return new Activity(RequesterActivity.of(from, to, unit.getDuration(),
                history.postedAt(requesterId, from, to, MAX_ROWS), history.settledAt(requesterId, from, to, MAX_ROWS),
                history.decisions(requesterId, from, to, MAX_ROWS)), bucket);
    }

    public record Activity(RequesterActivity activity, String bucket) {
    }
}
