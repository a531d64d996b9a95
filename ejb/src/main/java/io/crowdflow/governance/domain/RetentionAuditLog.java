package io.crowdflow.governance.domain;

import java.util.List;

/** The retention audit: append and read, never change. */
public interface RetentionAuditLog {

    void add(RetentionAuditEntry entry);

    /** Newest first; {@code taskId} and {@code kind} filter when not null. */
    List<RetentionAuditEntry> page(int page, int size, String taskId, RetentionAuditKind kind);

    long count(String taskId, RetentionAuditKind kind);
}
