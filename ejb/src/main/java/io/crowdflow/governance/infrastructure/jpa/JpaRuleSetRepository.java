package io.crowdflow.governance.infrastructure.jpa;

import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRuleSetRepository implements RuleSetRepository {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public Optional<Integer> lockActiveVersion() {
        return Optional.ofNullable(em.find(ActiveRuleSetRecord.class, ActiveRuleSetRecord.ID,
                LockModeType.PESSIMISTIC_WRITE).activeVersion());
    }

    @Override
    public void setActiveVersion(int version) {
        em.find(ActiveRuleSetRecord.class, ActiveRuleSetRecord.ID).activate(version);
    }

    @Override
    public Optional<RuleSet> active() {
        Integer version = em.find(ActiveRuleSetRecord.class, ActiveRuleSetRecord.ID).activeVersion();
        return version == null ? Optional.empty() : find(version);
    }

    @Override
    public int nextVersion() {
        Integer max = em.createQuery("select max(r.version) from RuleSet r", Integer.class).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public void add(RuleSet ruleSet) {
        em.persist(ruleSet);
        em.flush();
    }

    @Override
    public Optional<RuleSet> find(int version) {
        return Optional.ofNullable(em.find(RuleSet.class, version));
    }

    @Override
    public List<RuleSet> all() {
        return em.createQuery("select r from RuleSet r order by r.version desc", RuleSet.class).getResultList();
    }
}
