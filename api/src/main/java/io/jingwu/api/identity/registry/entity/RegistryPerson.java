package io.jingwu.api.identity.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person of the embedded registry, kept as keyed hashes only. */
@Entity
@Table(name = "registry_people")
@NamedQuery(name = RegistryPerson.BY_NUMBER, query = "SELECT p FROM RegistryPerson p WHERE p.numberHash = :numberHash")
public class RegistryPerson {

    public static final String BY_NUMBER = "RegistryPerson.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number_hash", updatable = false)
    private String numberHash;

    @Column(name = "person_hash")
    private String personHash;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    protected RegistryPerson() {
    }

    public RegistryPerson(String numberHash, String personHash, Instant enrolledAt) {
        this.numberHash = numberHash;
        this.personHash = personHash;
        this.enrolledAt = enrolledAt;
    }

    public boolean is(String otherPersonHash) {
        return java.security.MessageDigest.isEqual(personHash.getBytes(), otherPersonHash.getBytes());
    }

    /** The registry corrected the person's details (a name changed, a date fixed). */
    public void correct(String newPersonHash, Instant now) {
        personHash = newPersonHash;
        enrolledAt = now;
    }
}
