package io.jingwu.api.identity.registry.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A mobile line of the embedded carrier records and the holder it is registered to (their document and name). A line
 * has one holder at a time: a recycled number moves to its new holder.
 */
@Entity
@Table(name = "carrier_lines")
@AttributeOverride(name = "keyHash", column = @Column(name = "line_hash", updatable = false))
@AttributeOverride(name = "valueHash", column = @Column(name = "holder_hash"))
@NamedQuery(name = CarrierLine.BY_LINE, query = "SELECT l FROM CarrierLine l WHERE l.keyHash = :keyHash")
public class CarrierLine extends HashedRecord {

    public static final String BY_LINE = "CarrierLine.byLine";

    protected CarrierLine() {
    }

    public CarrierLine(String lineHash, String holderHash, Instant enrolledAt) {
        super(lineHash, holderHash, enrolledAt);
    }
}
