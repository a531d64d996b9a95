package io.crowdflow.governance.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The row that says which rule-set version of one kind is active (null: the built-in rules): id 1 for retention,
 * 2 for classification ({@link io.crowdflow.governance.domain.RuleSetKind#activeRecordId()}).
 */
@Entity
@Table(name = "cf_retention_active")
public class ActiveRuleSetRecord {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "active_version")
    private Integer activeVersion;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected ActiveRuleSetRecord() {
    }

    Integer activeVersion() {
        return activeVersion;
    }

    void activate(int version) {
        this.activeVersion = version;
    }
}
