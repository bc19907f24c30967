package io.jingwu.api.repeats.control;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.housekeeping.BatchDelete;
import io.jingwu.api.platform.housekeeping.KeptForAWhile;
import io.jingwu.api.repeats.entity.Fingerprint;
import io.jingwu.api.repeats.entity.RepeatKind;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What leaves each kind's window (plus the retention) is deleted; what a new request may still repeat stays, and so
 * do the links already found.
 */
class RepeatRecordsExpiryDatabaseTest {

    private static final Instant NOW = Instant.now();
    private static final Duration RETENTION = Duration.ofDays(1);

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final Unit unit = StoredRequests.unit(em);
    private final RepeatLinks links = DefaultRepeatSettings.links(em);
    private final RepeatRecordsExpiry expiry = new RepeatRecordsExpiry();
    private final long phone = new SecureRandom().nextLong();
    private final long text = new SecureRandom().nextLong();

    RepeatRecordsExpiryDatabaseTest() {
        expiry.settings = DefaultRepeatSettings.of();
    }

    @Test
    void eachKindIsKeptForItsWindowAndTheRetentionThenDeleted() {
        long fiveDaysOld = stored(NOW.minus(Duration.ofDays(5)));
        long twoDaysOld = stored(NOW.minus(Duration.ofDays(2)));
        long tenDaysOld = stored(NOW.minus(Duration.ofDays(10)));
        long fortyDaysOld = stored(NOW.minus(Duration.ofDays(40)));
        long newest = stored(NOW);
        long linksBefore = linksOf(fiveDaysOld);

        purge();

        assertEquals(Set.of(RepeatKind.SAME_PHONE, RepeatKind.SAME_PLACE), kinds(fiveDaysOld),
                "the text's 3 days and a day's retention are over, the place's 7 are not");
        assertEquals(0, blocks(fiveDaysOld));
        assertEquals(Set.of(RepeatKind.values()), kinds(twoDaysOld));
        assertEquals(SimilarTextBlocks.COUNT, blocks(twoDaysOld));
        assertEquals(Set.of(RepeatKind.SAME_PHONE), kinds(tenDaysOld));
        assertEquals(Set.of(), kinds(fortyDaysOld));
        assertEquals(Set.of(RepeatKind.values()), kinds(newest));
        assertEquals(linksBefore, linksOf(fiveDaysOld), "the links found stay");
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

    private long stored(Instant at) {
        Submission wages = StoredRequests.wagesDispute();
        ServiceRequest request = StoredRequests.stored(em, unit, wages, Priority.NORMAL, at);
        links.linkAndStore(request.id(), RequestType.DISPUTE, wages.divisionCode(), at, List.of(
                new Fingerprint(RepeatKind.SAME_PHONE, phone), new Fingerprint(RepeatKind.SAME_PLACE, phone + 1),
                new Fingerprint(RepeatKind.SIMILAR_TEXT, text)));
        return request.id();
    }

    private Set<RepeatKind> kinds(long requestId) {
        @SuppressWarnings("unchecked")
        List<String> kinds = em.createNativeQuery("SELECT kind FROM request_fingerprints WHERE request_id = ?")
                .setParameter(1, requestId).getResultList();
        return kinds.stream().map(RepeatKind::valueOf).collect(Collectors.toSet());
    }

    private int blocks(long requestId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM similar_text_blocks WHERE request_id = ?")
                .setParameter(1, requestId).getSingleResult()).intValue();
    }

    private long linksOf(long requestId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM request_links WHERE request_id = ?"
                + " OR linked_request_id = ?").setParameter(1, requestId).setParameter(2, requestId)
                .getSingleResult()).longValue();
    }
}
