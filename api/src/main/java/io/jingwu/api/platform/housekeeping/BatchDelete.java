package io.jingwu.api.platform.housekeeping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One batch of a purge, in a transaction of its own, so that a long purge never becomes one long transaction. */
@ApplicationScoped
public class BatchDelete {

    public static final int SIZE = 1000;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int delete(String statement, Instant before) {
        // bound as the UTC wall time the DATETIME columns hold, whatever the session's zone
        return em.createNativeQuery(statement).setParameter(1, LocalDateTime.ofInstant(before, ZoneOffset.UTC))
                .executeUpdate();
    }
}
