package io.crowdflow.platform.infrastructure.jpa;

import io.crowdflow.platform.domain.LifecyclePin;
import io.crowdflow.platform.domain.LifecyclePins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLifecyclePins implements LifecyclePins {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public Optional<LifecyclePin> find(String taskType) {
        return Optional.ofNullable(em.find(LifecyclePin.class, taskType));
    }

    @Override
    public List<LifecyclePin> all() {
        return em.createQuery("select p from LifecyclePin p order by p.taskType", LifecyclePin.class).getResultList();
    }

    @Override
    public void add(LifecyclePin pin) {
        em.persist(pin);
    }

    @Override
    public void remove(LifecyclePin pin) {
        em.remove(pin);
    }
}
