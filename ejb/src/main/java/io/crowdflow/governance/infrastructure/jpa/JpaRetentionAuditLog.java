package io.crowdflow.governance.infrastructure.jpa;

import io.crowdflow.governance.domain.RetentionAuditEntry;
import io.crowdflow.governance.domain.RetentionAuditKind;
import io.crowdflow.governance.domain.RetentionAuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;

@ApplicationScoped
public class JpaRetentionAuditLog implements RetentionAuditLog {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public void add(RetentionAuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<RetentionAuditEntry> page(int page, int size, String taskId, RetentionAuditKind kind) {
        return filtered("select a from RetentionAuditEntry a", " order by a.id desc", RetentionAuditEntry.class,
                taskId, kind).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Override
    public long count(String taskId, RetentionAuditKind kind) {
        return filtered("select count(a) from RetentionAuditEntry a", "", Long.class, taskId, kind).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String order, Class<T> type, String taskId, RetentionAuditKind kind) {
        String where = taskId == null && kind == null ? "" : " where "
                + (taskId == null ? "" : "a.taskId = :taskId") + (taskId != null && kind != null ? " and " : "")
                + (kind == null ? "" : "a.kind = :kind");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (taskId != null) {
            query.setParameter("taskId", taskId);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query;
    }
}
