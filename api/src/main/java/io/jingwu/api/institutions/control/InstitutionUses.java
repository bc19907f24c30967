package io.jingwu.api.institutions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** When an institution last used its key, written at most once per {@code precision}, not once per check. */
@ApplicationScoped
public class InstitutionUses {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    /**
     * Records the use unless another instance did within {@code precision} (the condition is checked again in the
     * update, so that instances admitting the same institution at once write the row once).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long institutionId, Instant now, Duration precision) {
        em.createNativeQuery("UPDATE relying_institutions SET last_used_at = ? WHERE id = ? "
                        + "AND (last_used_at IS NULL OR last_used_at < ?)")
                .setParameter(1, utc(now))
                .setParameter(2, institutionId)
                .setParameter(3, utc(now.minus(precision)))
                .executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
