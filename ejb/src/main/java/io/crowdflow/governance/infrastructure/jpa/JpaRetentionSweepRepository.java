package io.crowdflow.governance.infrastructure.jpa;

import io.crowdflow.governance.domain.RetentionSweep;
import io.crowdflow.governance.domain.RetentionSweepRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRetentionSweepRepository implements RetentionSweepRepository {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public void add(RetentionSweep sweep) {
        em.persist(sweep);
    }

    @Override
    public Optional<RetentionSweep> find(long id) {
        return Optional.ofNullable(em.find(RetentionSweep.class, id));
    }

    @Override
    public Optional<RetentionSweep> lockOldestRunning() {
        List<Long> ids = em.createQuery("select s.id from RetentionSweep s where s.state = :running order by s.id",
                        Long.class).setParameter("running", RetentionSweep.State.RUNNING).setMaxResults(1).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        RetentionSweep sweep = em.find(RetentionSweep.class, ids.get(0), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(sweep, LockModeType.PESSIMISTIC_WRITE);
        return sweep.state() == RetentionSweep.State.RUNNING ? Optional.of(sweep) : Optional.empty();
    }

    @Override
    public List<RetentionSweep> latest(int count) {
        return em.createQuery("select s from RetentionSweep s order by s.id desc", RetentionSweep.class)
                .setMaxResults(count).getResultList();
    }
}
