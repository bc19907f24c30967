package io.jingwu.api.identity.registry.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person of the embedded registry: their document, and the document with their name and birth date. */
@Entity
@Table(name = "registry_people")
@AttributeOverride(name = "keyHash", column = @Column(name = "number_hash", updatable = false))
@AttributeOverride(name = "valueHash", column = @Column(name = "person_hash"))
@NamedQuery(name = RegistryPerson.BY_NUMBER, query = "SELECT p FROM RegistryPerson p WHERE p.keyHash = :keyHash")
public class RegistryPerson extends HashedRecord {

    public static final String BY_NUMBER = "RegistryPerson.byNumber";

    protected RegistryPerson() {
    }

    public RegistryPerson(String numberHash, String personHash, Instant enrolledAt) {
        super(numberHash, personHash, enrolledAt);
    }
}
