package io.jingwu.api.identity.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * An entry of an embedded register, kept as two keyed hashes: what it is found by (a document, a phone line) and what
 * it says of it (the person, the holder). Whoever reads the table can neither read nor test guesses against it.
 */
@MappedSuperclass
public abstract class HashedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_hash", updatable = false)
    private String keyHash;

    @Column(name = "value_hash")
    private String valueHash;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    protected HashedRecord() {
    }

    protected HashedRecord(String keyHash, String valueHash, Instant enrolledAt) {
        this.keyHash = keyHash;
        this.valueHash = valueHash;
        this.enrolledAt = enrolledAt;
    }

    /** Compared in constant time: how long a check takes tells nothing of how much matched. */
    public boolean says(String otherValueHash) {
        return MessageDigest.isEqual(valueHash.getBytes(StandardCharsets.US_ASCII),
                otherValueHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The register corrected what it says (a name changed, a line passed to a new holder). */
    public void correct(String newValueHash, Instant now) {
        valueHash = newValueHash;
        enrolledAt = now;
    }
}
