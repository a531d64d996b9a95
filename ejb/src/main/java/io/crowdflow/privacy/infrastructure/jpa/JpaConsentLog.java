package io.crowdflow.privacy.infrastructure.jpa;

import io.crowdflow.privacy.domain.ConsentEvent;
import io.crowdflow.privacy.domain.ConsentLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaConsentLog implements ConsentLog {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public void add(ConsentEvent event) {
        em.persist(event);
    }

    @Override
    public List<ConsentEvent> of(String personId) {
        return em.createQuery("select e from ConsentEvent e where e.personId = :p order by e.id", ConsentEvent.class)
                .setParameter("p", personId).getResultList();
    }
}
