package io.crowdflow.governance.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row that says which retention rule-set version is active (null: the built-in default). */
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
