package io.jingwu.api.requests.control;

import io.jingwu.api.requests.entity.TrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;

/** Issues tracking numbers no one can guess and no other request has. */
@ApplicationScoped
public class TrackingNumbers {

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    public TrackingNumber next() {
        while (true) {
            TrackingNumber candidate = TrackingNumber.random(random);
            // 55 random bits: a clash is astronomically rare, but the unique key would fail the whole submission.
            boolean taken = !em.createNativeQuery("SELECT 1 FROM requests WHERE tracking_number = ? LIMIT 1")
                    .setParameter(1, candidate.value())
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList().isEmpty();
            if (!taken) {
                return candidate;
            }
        }
    }
}
