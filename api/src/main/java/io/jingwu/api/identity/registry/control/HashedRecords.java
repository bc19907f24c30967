package io.jingwu.api.identity.registry.control;

import io.jingwu.api.identity.registry.entity.HashedRecord;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Optional;

/**
 * How an embedded register finds, checks and enrols its entries ({@link HashedRecord}), whatever it holds: found by
 * its key's hash through a named query with the parameter {@code keyHash}, corrected in place when enrolled again.
 */
final class HashedRecords<T extends HashedRecord> {

    /** A new entry: a constructor of the register's entity. */
    interface NewRecord<T> {
        T of(String keyHash, String valueHash, Instant enrolledAt);
    }

    private final Class<T> type;
    private final String byKey;
    private final NewRecord<T> newRecord;

    HashedRecords(Class<T> type, String byKey, NewRecord<T> newRecord) {
        this.type = type;
        this.byKey = byKey;
        this.newRecord = newRecord;
    }

    /** Whether the entry of {@code keyHash} says {@code valueHash}; false when there is none. */
    boolean says(EntityManager em, String keyHash, String valueHash) {
        return find(em, keyHash).filter(entry -> entry.says(valueHash)).isPresent();
    }

    /** Adds the entry, or corrects what the one of the same key says. */
    void enrol(EntityManager em, String keyHash, String valueHash, Instant now) {
        find(em, keyHash).ifPresentOrElse(entry -> entry.correct(valueHash, now),
                () -> em.persist(newRecord.of(keyHash, valueHash, now)));
    }

    private Optional<T> find(EntityManager em, String keyHash) {
        return em.createNamedQuery(byKey, type).setParameter("keyHash", keyHash).getResultStream().findFirst();
    }
}
