package io.crowdflow.assignment.infrastructure.jpa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.crowdflow.assignment.domain.TypeReputations;
import io.crowdflow.platform.infrastructure.persistence.NativeQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads the review context's table {@code cf_reputation} (one row per worker and type). */
@ApplicationScoped
public class JpaTypeReputations implements TypeReputations {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public Map<String, Double> ofType(String taskType) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select worker_id, estimated_accuracy from cf_reputation "
                        + "where task_type = ?1")
                .setHint(NativeQueries.READS, "cf_reputation").setParameter(1, taskType).getResultList();
        Map<String, Double> estimates = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            estimates.put((String) row[0], ((Number) row[1]).doubleValue());
        }
        return estimates;
    }
}
