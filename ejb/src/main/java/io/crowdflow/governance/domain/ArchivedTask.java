package io.crowdflow.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A task's content after its retention ended: out of the working tables, people pseudonymised. */
@Entity
@Table(name = "cf_archive")
public class ArchivedTask {

    @Id
    @Column(name = "task_id")
    private String taskId;

    @Column(name = "archived_at", nullable = false)
    private Instant archivedAt;

    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(nullable = false)
    private String reason;

    protected ArchivedTask() {
    }

    public ArchivedTask(String taskId, Instant archivedAt, String contentJson, String reason) {
        this.taskId = taskId;
        this.archivedAt = archivedAt;
        this.contentJson = contentJson;
        this.reason = reason;
    }

    /** Replaces the archived content by its pseudonymised form (people linked to no other record). */
    public void pseudonymise(String pseudonymisedJson, String why) {
        this.contentJson = pseudonymisedJson;
        this.reason = (reason + "; " + why).length() <= 2000 ? reason + "; " + why : why;
    }

    public String taskId() {
        return taskId;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public String contentJson() {
        return contentJson;
    }

    public String reason() {
        return reason;
    }
}
