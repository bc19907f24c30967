package io.jingwu.api.institutions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * A bank, hotel or public office that checks foreigners' identity verifications with an API key of its own.
 * <p>
 * Rules it keeps itself:
 * <ul>
 *     <li>It holds one key at a time: a new key (rotation) replaces the old one, which stops opening at once.</li>
 *     <li>Revocation is final and kept for the record (who, when): a revoked institution's key opens nothing, and it
 *     gets no new key; the institution is added anew if it comes back.</li>
 *     <li>Only the key's prefix and hash are held, never the key.</li>
 * </ul>
 * Not in the shared cache: a rotation or revocation on one instance must refuse the old key on every instance at
 * once.
 */
@Entity
@Table(name = "relying_institutions")
@NamedQuery(name = RelyingInstitution.ALL, query = "SELECT i FROM RelyingInstitution i ORDER BY i.active DESC, i.name, i.id")
@NamedQuery(name = RelyingInstitution.BY_KEY_PREFIX, query = "SELECT i FROM RelyingInstitution i WHERE i.keyPrefix = :prefix")
public class RelyingInstitution {

    public static final String ALL = "RelyingInstitution.all";
    public static final String BY_KEY_PREFIX = "RelyingInstitution.byKeyPrefix";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private InstitutionKind kind;

    private String contact;

    @Column(name = "key_prefix")
    private String keyPrefix;

    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "key_issued_at")
    private Instant keyIssuedAt;

    @Column(name = "checks_per_minute")
    private int checksPerMinute;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected RelyingInstitution() {
    }

    /** @param createdBy the administrator's user name */
    public static RelyingInstitution create(String name, InstitutionKind kind, String contact, int checksPerMinute,
                                            ApiKey key, String createdBy, Instant now) {
        RelyingInstitution institution = new RelyingInstitution();
        institution.describe(name, kind, contact, checksPerMinute);
        institution.active = true;
        institution.createdAt = now;
        institution.createdBy = createdBy;
        institution.issue(key, now);
        return institution;
    }

    /**
     * Replaces what the institution is called, what kind it is, whom to contact and how many checks a minute it
     * may make (from its next check on).
     *
     * @throws IllegalStateException when it is revoked: the record stays as it was
     */
    public void describe(String newName, InstitutionKind newKind, String newContact, int newChecksPerMinute) {
        requireActive();
        name = newName;
        kind = newKind;
        contact = newContact;
        checksPerMinute = newChecksPerMinute;
    }

    /**
     * Gives the institution a new key; the old one opens nothing from now on.
     *
     * @throws IllegalStateException when it is revoked
     */
    public void issue(ApiKey key, Instant now) {
        requireActive();
        keyPrefix = key.prefix();
        keyHash = key.hash();
        keyIssuedAt = now;
    }

    /** Ends the key for good. Revoking again changes nothing: the first revocation is the one on record. */
    public void revoke(String by, Instant now) {
        if (!active) {
            return;
        }
        active = false;
        revokedAt = now;
        revokedBy = by;
    }

    /**
     * True when the key is this institution's current key and the institution is not revoked. The hashes are
     * compared in constant time, so the time taken tells nothing about how much of a guess was right.
     */
    public boolean opensWith(ApiKey key) {
        boolean same = MessageDigest.isEqual(keyHash.getBytes(StandardCharsets.US_ASCII),
                key.hash().getBytes(StandardCharsets.US_ASCII));
        return same && key.prefix().equals(keyPrefix) && active;
    }

    /** True when the recorded last use is older than {@code instant}, or there is none: time to record it again. */
    public boolean lastUsedBefore(Instant instant) {
        return lastUsedAt == null || lastUsedAt.isBefore(instant);
    }

    private void requireActive() {
        if (revokedAt != null) {
            throw new IllegalStateException("Institution " + id + " is revoked");
        }
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public InstitutionKind kind() {
        return kind;
    }

    /** How to reach the institution's people in charge of the key; null when not given. */
    public String contact() {
        return contact;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Instant keyIssuedAt() {
        return keyIssuedAt;
    }

    public int checksPerMinute() {
        return checksPerMinute;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    /** Recorded to the minute at best (see {@code InstitutionKeys}); null when the key was never used. */
    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
