package io.crowdflow.governance.infrastructure.jpa;

import io.crowdflow.governance.domain.ArchiveRepository;
import io.crowdflow.governance.domain.ArchivedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaArchiveRepository implements ArchiveRepository {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public void add(ArchivedTask archived) {
        em.persist(archived);
    }

    @Override
    public Optional<ArchivedTask> find(String taskId) {
        return Optional.ofNullable(em.find(ArchivedTask.class, taskId));
    }

    @Override
    public void remove(ArchivedTask archived) {
        em.remove(archived);
    }
}
