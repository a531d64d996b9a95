package io.crowdflow.review.infrastructure.jpa;

import java.util.Optional;

import io.crowdflow.review.domain.AggregatedAnswer;
import io.crowdflow.review.domain.AggregatedAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaAggregatedAnswers implements AggregatedAnswers {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public Optional<AggregatedAnswer> ofTask(String taskId) {
        return Optional.ofNullable(em.find(AggregatedAnswer.class, taskId));
    }

    @Override
    public void add(AggregatedAnswer answer) {
        em.persist(answer);
    }
}
