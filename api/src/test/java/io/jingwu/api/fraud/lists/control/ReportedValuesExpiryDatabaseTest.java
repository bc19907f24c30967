package io.jingwu.api.fraud.lists.control;

import io.jingwu.api.platform.housekeeping.BatchDelete;
import io.jingwu.api.platform.housekeeping.KeptForAWhile;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A reported value is kept for the reporting window and the housekeeping's retention, then deleted; the report stays. */
class ReportedValuesExpiryDatabaseTest {

    private static final Instant NOW = Instant.now();
    private static final Duration RETENTION = Duration.ofDays(1);

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final Unit unit = StoredRequests.unit(em);
    private final ReportedValuesExpiry expiry = new ReportedValuesExpiry();

    ReportedValuesExpiryDatabaseTest() {
        expiry.lists = new FraudLists();
        expiry.lists.reportedWindowDays = 90;
        expiry.lists.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void aValueReportedLongerAgoThanTheWindowAndTheRetentionIsForgotten() {
        long old = reported(NOW.minus(Duration.ofDays(92)));
        long recent = reported(NOW.minus(Duration.ofDays(89)));

        purge();

        assertEquals(0, valuesOf(old));
        assertEquals(1, valuesOf(recent));
        assertEquals(1, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM requests WHERE id = ?")
                .setParameter(1, old).getSingleResult()).intValue(), "the report stays");
    }

    private long reported(Instant at) {
        long id = StoredRequests.stored(em, unit, at).id();
        em.createNativeQuery("INSERT INTO fraud_reported_values (request_id, kind, value_hash, reported_at)"
                        + " VALUES (?, 'PHONE', ?, ?)")
                .setParameter(1, id).setParameter(2, "%064d".formatted(id))
                .setParameter(3, LocalDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate();
        return id;
    }

    private int valuesOf(long requestId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM fraud_reported_values WHERE request_id = ?")
                .setParameter(1, requestId).getSingleResult()).intValue();
    }

    /** The housekeeping's loop: batches until one comes back short. */
    private void purge() {
        for (KeptForAWhile.Purge purge : expiry.purges()) {
            Instant before = NOW.minus(RETENTION).minus(purge.kept());
            int deleted;
            do {
                deleted = em.createNativeQuery(purge.statement())
                        .setParameter(1, LocalDateTime.ofInstant(before, ZoneOffset.UTC)).executeUpdate();
            } while (deleted == BatchDelete.SIZE);
        }
    }
}
