package io.crowdflow.assignment.infrastructure.jpa;

import io.crowdflow.assignment.domain.AssignmentStatus;
import io.crowdflow.assignment.domain.LearningCurve.Observation;
import io.crowdflow.assignment.domain.LearningCurve.Outcome;
import io.crowdflow.assignment.domain.PolicyOutcomes;
import io.crowdflow.assignment.domain.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Outcomes from {@code cf_assignment} and {@code cf_submission}; observations from {@code cf_bandit_observation}. */
@ApplicationScoped
public class JpaPolicyOutcomes implements PolicyOutcomes {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Outcome> outcomes(Instant from, Instant to, int limit) {
        List<Outcome> outcomes = new ArrayList<>();
        ((List<Object[]>) em.createNativeQuery("select s.decided_at, a.policy, s.decision from cf_submission s "
                        + "join cf_assignment a on a.id = s.assignment_id where s.decision is not null "
                        + "and s.decided_at >= ?1 and s.decided_at < ?2 order by s.decided_at")
                .setParameter(1, from).setParameter(2, to).setMaxResults(limit).getResultList())
                .forEach(row -> outcomes.add(new Outcome(instant(row[0]), (String) row[1],
                        Submission.Decision.ACCEPT.name().equals(row[2]) ? 1.0 : 0.0)));
        ((List<Object[]>) em.createNativeQuery("select a.closed_at, a.policy from cf_assignment a where a.status = ?3 "
                        + "and a.closed_at >= ?1 and a.closed_at < ?2 order by a.closed_at")
                .setParameter(1, from).setParameter(2, to).setParameter(3, AssignmentStatus.EXPIRED.name())
                .setMaxResults(limit).getResultList())
                .forEach(row -> outcomes.add(new Outcome(instant(row[0]), (String) row[1], 0.0)));
        return outcomes;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Observation> observations(Instant from, Instant to, int limit) {
        return ((List<Object[]>) em.createNativeQuery("select observed_at, reward from cf_bandit_observation "
                        + "where model = ?1 and observed_at >= ?2 and observed_at < ?3 order by seq")
                .setParameter(1, BanditObservationLog.MODEL).setParameter(2, from).setParameter(3, to)
                .setMaxResults(limit).getResultList())
                .stream().map(row -> new Observation(instant(row[0]), ((Number) row[1]).doubleValue())).toList();
    }

    @Override
    public long observationsBefore(Instant from) {
        return ((Number) em.createNativeQuery("select count(*) from cf_bandit_observation where model = ?1 "
                        + "and observed_at < ?2")
                .setParameter(1, BanditObservationLog.MODEL).setParameter(2, from).getSingleResult()).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return null;
    }
}
