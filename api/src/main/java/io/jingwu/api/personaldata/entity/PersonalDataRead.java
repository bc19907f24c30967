package io.jingwu.api.personaldata.entity;

import io.jingwu.api.platform.crypto.EncryptedText;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One time a staff member had a request's personal data shown in full: who (their user name, and their role in
 * the unit whose request it was), when, which fields, why, and from where. Written in the same transaction as
 * the read itself and never changed or deleted (the table refuses it); the citizen sees these rows for their own
 * request, with the role and the unit but not the user name. A purpose is required: a read that nobody can
 * explain is exactly what this log exists to expose.
 */
@Entity
@Table(name = "personal_data_reads")
@NamedQuery(name = PersonalDataRead.OF_REQUEST,
        query = "SELECT r FROM PersonalDataRead r WHERE r.requestId = :requestId ORDER BY r.id")
public class PersonalDataRead {

    public static final String OF_REQUEST = "PersonalDataRead.ofRequest";

    /** Long enough for a sentence; the purpose is shown to the citizen as written. */
    public static final int PURPOSE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", updatable = false)
    private long requestId;

    @Column(updatable = false)
    private String reader;

    /** Null for reads logged before roles were. */
    @Column(name = "reader_role", updatable = false)
    @Enumerated(EnumType.STRING)
    private StaffRole readerRole;

    /** Null for reads logged before units were. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reader_unit_id", updatable = false)
    private Unit readerUnit;

    @Column(updatable = false)
    private String fields;

    @Column(updatable = false)
    @Convert(converter = EncryptedText.class)
    private String purpose;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Column(name = "read_at", updatable = false)
    private Instant readAt;

    protected PersonalDataRead() {
    }

    /**
     * @param unit    the unit whose request it is, which the reader serves
     * @param purpose why the full values are needed, as the reader wrote it (checked by the caller: not blank,
     *                at most {@value #PURPOSE_MAX} characters)
     */
    public static PersonalDataRead of(long requestId, Unit unit, StaffActor reader, Set<PersonalField> fields,
                                      String purpose, String clientAddress, Instant now) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("A read reveals at least one field");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A read needs a purpose");
        }
        PersonalDataRead read = new PersonalDataRead();
        read.requestId = requestId;
        read.reader = reader.username();
        read.readerRole = roleInTheUnit(reader);
        read.readerUnit = unit;
        read.fields = EnumSet.copyOf(fields).stream().map(Enum::name).collect(Collectors.joining(","));
        read.purpose = purpose.strip();
        read.clientAddress = clientAddress;
        read.readAt = now;
        return read;
    }

    /** The role a reader serves a unit in, as a citizen is told it: the senior one when they have both. */
    static StaffRole roleInTheUnit(StaffActor reader) {
        return reader.isSupervisor() ? StaffRole.SUPERVISOR : reader.isClerk() ? StaffRole.CLERK : StaffRole.ADMIN;
    }

    public long requestId() {
        return requestId;
    }

    /** The staff member's username. */
    public String reader() {
        return reader;
    }

    /** Empty for reads logged before roles were. */
    public Optional<StaffRole> readerRole() {
        return Optional.ofNullable(readerRole);
    }

    /** Empty for reads logged before units were. */
    public Optional<Unit> readerUnit() {
        return Optional.ofNullable(readerUnit);
    }

    public Set<PersonalField> fields() {
        return fields.isEmpty() ? Collections.emptySet() : Arrays.stream(fields.split(","))
                .map(PersonalField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PersonalField.class)));
    }

    public String purpose() {
        return purpose;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Instant readAt() {
        return readAt;
    }
}
