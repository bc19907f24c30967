package io.jingwu.api.fraud.lists.entity;

import io.jingwu.api.platform.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One time a member of staff had a list entry's phone or account shown in full: who, why, from where, when.
 * Written in the transaction of the read and never changed or deleted (the table refuses it).
 */
@Entity
@Table(name = "fraud_list_reads")
public class ListEntryRead {

    public static final int PURPOSE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", updatable = false)
    private long entryId;

    @Column(updatable = false)
    private String reader;

    @Column(updatable = false)
    @Convert(converter = EncryptedText.class)
    private String purpose;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Column(name = "read_at", updatable = false)
    private Instant readAt;

    protected ListEntryRead() {
    }

    /** @param purpose why the full value is needed, checked by the caller: not blank, at most {@value #PURPOSE_MAX} */
    public static ListEntryRead of(long entryId, String reader, String purpose, String clientAddress, Instant now) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A read needs a purpose");
        }
        ListEntryRead read = new ListEntryRead();
        read.entryId = entryId;
        read.reader = reader;
        read.purpose = purpose.strip();
        read.clientAddress = clientAddress;
        read.readAt = now;
        return read;
    }
}
