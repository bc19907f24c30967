package io.jingwu.api.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** The first answer given to a key, kept so that retries get it again. */
@Entity
@Table(name = "idempotency_keys")
@NamedQuery(name = StoredAnswer.BY_KEY,
        query = "SELECT a FROM StoredAnswer a WHERE a.scope = :scope AND a.key = :key")
public class StoredAnswer {

    static final String BY_KEY = "StoredAnswer.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String scope;

    @Column(name = "idempotency_key", updatable = false)
    private String key;

    @Column(name = "body_hash", updatable = false)
    private String bodyHash;

    @Column(name = "response_status", updatable = false)
    private int status;

    @Column(name = "response_body", updatable = false)
    private String body;

    @Column(name = "response_location", updatable = false)
    private String location;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected StoredAnswer() {
    }

    StoredAnswer(String scope, String key, String bodyHash, int status, String body, String location, Instant createdAt) {
        this.scope = scope;
        this.key = key;
        this.bodyHash = bodyHash;
        this.status = status;
        this.body = body;
        this.location = location;
        this.createdAt = createdAt;
    }

    public boolean answers(String otherBodyHash) {
        return bodyHash.equals(otherBodyHash);
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public String location() {
        return location;
    }
}
