package io.crowdflow.payment.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that holds the ledger's size; locked by every append. */
@Entity
@Table(name = "cf_ledger_head")
public class LedgerHead {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "tree_size", nullable = false)
    private long treeSize;

    protected LedgerHead() {
    }

    long treeSize() {
        return treeSize;
    }

    /** The next sequence; the size grows by one. */
    long claimNext() {
        return treeSize++;
    }
}
