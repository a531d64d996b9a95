package io.crowdflow.review.infrastructure.jpa;

import java.util.List;
import java.util.Optional;

import io.crowdflow.review.domain.Reputation;
import io.crowdflow.review.domain.Reputations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaReputations implements Reputations {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public Optional<Reputation> find(String workerId, String taskType) {
        return Optional.ofNullable(em.find(Reputation.class, new Reputation.Key(workerId, taskType)));
    }

    @Override
    public void add(Reputation reputation) {
        em.persist(reputation);
    }

    @Override
    public List<Reputation> ofWorker(String workerId) {
        return em.createQuery("select r from Reputation r where r.workerId = :worker "
                        + "order by r.estimatedAccuracy desc, r.taskType", Reputation.class)
                .setParameter("worker", workerId).getResultList();
    }

    @Override
    public int forget(String workerId) {
        return em.createQuery("delete from Reputation r where r.workerId = :worker")
                .setParameter("worker", workerId).executeUpdate();
    }
}
