package io.jingwu.api.citizens.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A one-time code sent to a request's contact phone. It is good for one exchange, within its lifetime, and
 * for a limited number of guesses; only its keyed hash is kept ({@code LookupHashes.oneTimeCode}).
 */
@Entity
@Table(name = "access_codes")
@NamedQuery(name = AccessCode.LATEST, query = "SELECT c FROM AccessCode c WHERE c.requestId = :requestId ORDER BY c.id DESC")
public class AccessCode {

    public static final String LATEST = "AccessCode.latest";
    public static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", updatable = false)
    private long requestId;

    @Column(name = "code_hash", updatable = false)
    private String codeHash;

    private int attempts;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccessCode() {
    }

    public AccessCode(long requestId, String codeHash, Instant now, Duration lifetime) {
        this.requestId = requestId;
        this.codeHash = codeHash;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /**
     * One guess. Counts against the attempts whatever the outcome; a right guess uses the code up.
     *
     * @return true when the code was still good and the guess matches
     */
    public boolean redeem(String guessHash, Instant now) {
        if (usedAt != null || !now.isBefore(expiresAt) || attempts >= MAX_ATTEMPTS) {
            return false;
        }
        attempts++;
        if (!java.security.MessageDigest.isEqual(codeHash.getBytes(), guessHash.getBytes())) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public long requestId() {
        return requestId;
    }
}
