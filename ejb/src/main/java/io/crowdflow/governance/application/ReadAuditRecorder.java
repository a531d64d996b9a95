package io.crowdflow.governance.application;

import io.crowdflow.governance.domain.RetentionAuditEntry;
import io.crowdflow.governance.domain.RetentionAuditLog;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Writes read-audit entries in their own transaction: a denied read ends in a "not found" that rolls the
 * request's transaction back, and its audit entry must stay.
 */
@Stateless
public class ReadAuditRecorder {

    @Inject
    RetentionAuditLog audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(List<RetentionAuditEntry> entries) {
        entries.forEach(audit::add);
    }
}
