package io.crowdflow.governance.infrastructure.jpa;

import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetKind;
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
        return lockActiveVersion(RuleSetKind.RETENTION);
    }

    @Override
    public void setActiveVersion(int version) {
        setActiveVersion(RuleSetKind.RETENTION, version);
    }

    @Override
    public Optional<RuleSet> active() {
        return active(RuleSetKind.RETENTION);
    }

    @Override
    public Optional<Integer> lockActiveVersion(RuleSetKind kind) {
        return Optional.ofNullable(em.find(ActiveRuleSetRecord.class, kind.activeRecordId(),
                LockModeType.PESSIMISTIC_WRITE).activeVersion());
    }

    @Override
    public void setActiveVersion(RuleSetKind kind, int version) {
        em.find(ActiveRuleSetRecord.class, kind.activeRecordId()).activate(version);
    }

    @Override
    public Optional<RuleSet> active(RuleSetKind kind) {
        Integer version = em.find(ActiveRuleSetRecord.class, kind.activeRecordId()).activeVersion();
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
