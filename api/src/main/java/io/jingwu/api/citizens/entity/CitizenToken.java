package io.jingwu.api.citizens.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A short-lived token that lets a citizen act on one request; only its hash is kept. */
@Entity
@Table(name = "citizen_tokens")
public class CitizenToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "request_id", updatable = false)
    private long requestId;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    protected CitizenToken() {
    }

    public CitizenToken(String tokenHash, long requestId, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.requestId = requestId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean opens(long otherRequestId, Instant now) {
        return requestId == otherRequestId && now.isBefore(expiresAt);
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
