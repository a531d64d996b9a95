package io.crowdflow.governance.infrastructure.jpa;

import io.crowdflow.governance.domain.RetentionDryRunJob;
import io.crowdflow.governance.domain.RetentionDryRunJobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRetentionDryRunJobRepository implements RetentionDryRunJobRepository {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public void add(RetentionDryRunJob job) {
        em.persist(job);
        em.flush();
    }

    @Override
    public Optional<RetentionDryRunJob> find(long id) {
        return Optional.ofNullable(em.find(RetentionDryRunJob.class, id));
    }

    @Override
    public Optional<RetentionDryRunJob> lockOldestRunning() {
        List<Long> ids = em.createQuery("select j.id from RetentionDryRunJob j where j.state = :running order by j.id",
                        Long.class).setParameter("running", RetentionDryRunJob.State.RUNNING).setMaxResults(1)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        RetentionDryRunJob job = em.find(RetentionDryRunJob.class, ids.get(0), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(job, LockModeType.PESSIMISTIC_WRITE);
        return job.state() == RetentionDryRunJob.State.RUNNING ? Optional.of(job) : Optional.empty();
    }
}
