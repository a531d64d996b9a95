package io.crowdflow.review.infrastructure.jpa;

import java.util.List;
import java.util.Optional;

import io.crowdflow.review.domain.Dispute;
import io.crowdflow.review.domain.DisputeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaDisputeRepository implements DisputeRepository {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public void add(Dispute dispute) {
        em.persist(dispute);
        em.flush();
    }

    @Override
    public Optional<Dispute> find(String id) {
        return Optional.ofNullable(em.find(Dispute.class, id));
    }

    @Override
    public Optional<Dispute> ofSubmission(String submissionId) {
        return em.createQuery("select d from Dispute d where d.submissionId = :submission", Dispute.class)
                .setParameter("submission", submissionId).getResultStream().findFirst();
    }

    @Override
    public List<Dispute> open(int limit) {
        return em.createQuery("select d from Dispute d where d.decision is null order by d.filedAt", Dispute.class)
                .setMaxResults(limit).getResultList();
    }
}
