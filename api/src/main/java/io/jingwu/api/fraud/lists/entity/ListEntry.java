package io.jingwu.api.fraud.lists.entity;

import io.jingwu.api.platform.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One value on the anti-fraud list: a phone, domain, link, account or app that anti-fraud staff know to be used by
 * fraudsters, with where that knowledge comes from, since when, until when, and who put it there. An entry is never
 * deleted: taking it off the list keeps who did so and when, for the record.
 * <p>
 * The value is stored encrypted and found by its keyed hash ({@code ListedValues} normalises and hashes it). An
 * entry counts from its listing day to its expiry day, both included, unless removed.
 */
@Entity
@Table(name = "fraud_list_entries")
@NamedQuery(name = ListEntry.IN_FORCE_BY_HASHES, query = "SELECT e FROM ListEntry e WHERE e.valueHash IN :hashes"
        + " AND e.removedAt IS NULL AND e.listedOn <= :today AND (e.expiresOn IS NULL OR e.expiresOn >= :today)")
@NamedQuery(name = ListEntry.BY_HASH, query = "SELECT e FROM ListEntry e WHERE e.valueHash = :hash AND e.kind = :kind"
        + " AND e.removedAt IS NULL ORDER BY e.id")
public class ListEntry {

    public static final String IN_FORCE_BY_HASHES = "ListEntry.inForceByHashes";
    public static final String BY_HASH = "ListEntry.byHash";

    public static final int SOURCE_MAX = 400;
    public static final int VALUE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ListKind kind;

    @Column(name = "value_hash")
    private String valueHash;

    @Convert(converter = EncryptedText.class)
    private String value;

    private String source;

    @Column(name = "listed_on")
    private LocalDate listedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private String removedBy;

    protected ListEntry() {
    }

    /**
     * @param value the value normalised as the checks normalise it, with {@code valueHash} its lookup hash
     * @throws IllegalArgumentException when the entry would expire before it is listed
     */
    public static ListEntry of(ListKind kind, String value, String valueHash, String source, LocalDate listedOn,
                               LocalDate expiresOn, String addedBy, Instant now) {
        if (expiresOn != null && expiresOn.isBefore(listedOn)) {
            throw new IllegalArgumentException("An entry cannot expire before it is listed");
        }
        ListEntry entry = new ListEntry();
        entry.kind = kind;
        entry.value = value;
        entry.valueHash = valueHash;
        entry.source = source;
        entry.listedOn = listedOn;
        entry.expiresOn = expiresOn;
        entry.addedBy = addedBy;
        entry.createdAt = now;
        return entry;
    }

    public boolean inForceOn(LocalDate day) {
        return removedAt == null && !listedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
    }

    /** Off the list from now on; removing a removed entry changes nothing. */
    public void remove(String by, Instant now) {
        if (removedAt == null) {
            removedAt = now;
            removedBy = by;
        }
    }

    public Long id() {
        return id;
    }

    public ListKind kind() {
        return kind;
    }

    public String valueHash() {
        return valueHash;
    }

    public String value() {
        return value;
    }

    public String source() {
        return source;
    }

    public LocalDate listedOn() {
        return listedOn;
    }

    public Optional<LocalDate> expiresOn() {
        return Optional.ofNullable(expiresOn);
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> removedAt() {
        return Optional.ofNullable(removedAt);
    }

    public Optional<String> removedBy() {
        return Optional.ofNullable(removedBy);
    }
}
