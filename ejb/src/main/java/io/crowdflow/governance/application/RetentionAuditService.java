package io.crowdflow.governance.application;

import io.crowdflow.governance.domain.RetentionAuditEntry;
import io.crowdflow.governance.domain.RetentionAuditKind;
import io.crowdflow.governance.domain.RetentionAuditLog;
import io.crowdflow.shared.domain.InvalidRequestException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;

/** Reads the retention audit, newest first, a page at a time. */
@Stateless
public class RetentionAuditService {

    public static final int MAX_PAGE_SIZE = 500;

    @Inject
    RetentionAuditLog audit;

    public record Page(int page, int size, long total, List<RetentionAuditEntry> entries) {
    }

    public Page read(int page, int size, String taskId, String kind) {
        if (page < 0) {
            throw new InvalidRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        RetentionAuditKind kindFilter = null;
        if (kind != null && !kind.isBlank()) {
            try {
                kindFilter = RetentionAuditKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("kind", "unknown kind '" + kind + "'; kinds: "
                        + java.util.Arrays.toString(RetentionAuditKind.values()).toLowerCase(Locale.ROOT));
            }
        }
        String task = taskId == null || taskId.isBlank() ? null : taskId.strip();
        return new Page(page, size, audit.count(task, kindFilter), audit.page(page, size, task, kindFilter));
    }
}
