package io.jingwu.api.identity.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/** A mobile line of the embedded carrier records and the person it is registered to, as keyed hashes only. */
@Entity
@Table(name = "carrier_lines")
@NamedQuery(name = CarrierLine.BY_LINE, query = "SELECT l FROM CarrierLine l WHERE l.lineHash = :lineHash")
public class CarrierLine {

    public static final String BY_LINE = "CarrierLine.byLine";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_hash", updatable = false)
    private String lineHash;

    @Column(name = "holder_hash")
    private String holderHash;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    protected CarrierLine() {
    }

    public CarrierLine(String lineHash, String holderHash, Instant enrolledAt) {
        this.lineHash = lineHash;
        this.holderHash = holderHash;
        this.enrolledAt = enrolledAt;
    }

    public boolean isRegisteredTo(String otherHolderHash) {
        return MessageDigest.isEqual(holderHash.getBytes(StandardCharsets.US_ASCII),
                otherHolderHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** A line has one holder at a time: recycled numbers move to their new holder. */
    public void registerTo(String newHolderHash, Instant now) {
        holderHash = newHolderHash;
        enrolledAt = now;
    }
}
