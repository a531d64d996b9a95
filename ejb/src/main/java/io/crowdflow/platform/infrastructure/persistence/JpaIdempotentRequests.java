package io.crowdflow.platform.infrastructure.persistence;

import io.crowdflow.shared.domain.IdempotentRequest;
import io.crowdflow.shared.domain.IdempotentRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaIdempotentRequests implements IdempotentRequests {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public Optional<IdempotentRequest> find(String callerId, String operation, String idempotencyKey) {
        return Optional.ofNullable(em.find(IdempotentRequest.class,
                new IdempotentRequest.Key(callerId, operation, idempotencyKey)));
    }

    @Override
    public void add(IdempotentRequest request) {
        em.persist(request);
        em.flush();
    }
}
