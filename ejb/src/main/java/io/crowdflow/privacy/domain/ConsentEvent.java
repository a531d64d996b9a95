package io.crowdflow.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One grant or withdrawal of consent: the audit trail beside the current state in Keycloak. */
@Entity
@Table(name = "cf_consent_event")
public class ConsentEvent {

    public static final String SOURCE_API = "api";
    public static final String SOURCE_ERASURE = "erasure";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private String personId;

    @Column(nullable = false)
    private String purpose;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String actor;

    protected ConsentEvent() {
    }

    public ConsentEvent(String personId, Purpose purpose, boolean granted, Instant at, String source, String actor) {
        this.personId = Objects.requireNonNull(personId);
        this.purpose = purpose.slug();
        this.granted = granted;
        this.occurredAt = Objects.requireNonNull(at);
        this.source = Objects.requireNonNull(source);
        this.actor = Objects.requireNonNull(actor);
    }

    public String personId() {
        return personId;
    }

    public String purpose() {
        return purpose;
    }

    public boolean granted() {
        return granted;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String source() {
        return source;
    }

    public String actor() {
        return actor;
    }
}
