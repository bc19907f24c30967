package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A request's contact and stage clocks are stored in the columns they always had, and read back whole: a stage
 * whose columns are all empty reads as a clock that promises nothing, and reading one writes nothing.
 */
class StoredRequestDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:15:00Z");

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final Unit unit = StoredRequests.unit(em);
    /** Its accept deadline a day after submission; no resolve stage yet: those columns are empty. */
    private final long id = StoredRequests.stored(em, unit, NOW).id();

    @Test
    void theContactIsStoredEncryptedBesideThePhonesHashAndReadBack() {
        ServiceRequest request = reloaded();

        assertAll(
                () -> assertEquals("𠮷田 花子", request.contact().name()),
                () -> assertEquals("+8613812345678", request.contact().phone()),
                () -> assertEquals(LookupHashes.phone("+8613812345678"), request.contact().phoneHash()),
                () -> assertEquals(request.contact().phoneHash(), column("contact_phone_hash")),
                () -> assertNotEquals("+8613812345678", column("contact_phone")),
                () -> assertNotEquals("𠮷田 花子", column("contact_name")));
    }

    @Test
    void aStageWithoutDeadlinesReadsAsAClockThatPromisesNothing() {
        ServiceRequest request = reloaded();

        StageClock resolve = request.clock(SlaStage.RESOLVE);
        assertAll(
                () -> assertEquals(Optional.of(NOW.plus(Duration.ofDays(1))), request.clock(SlaStage.ACCEPT).dueAt()),
                () -> assertEquals(Optional.empty(), resolve.dueAt()),
                () -> assertEquals(Optional.empty(), resolve.warnAt()),
                () -> assertEquals(Optional.empty(), resolve.warnedAt()),
                () -> assertEquals(Optional.empty(), resolve.breachedAt()),
                () -> assertEquals(Optional.empty(), request.checkDeadline(SlaStage.RESOLVE, NOW.plus(Duration.ofDays(9)))));
    }

    @Test
    void readingItsClocksOrPromisingNothingAgainWritesNothing() {
        Object versionBefore = column("version");
        ServiceRequest request = reloaded();

        request.clock(SlaStage.ACCEPT);
        request.clock(SlaStage.RESOLVE);
        request.rescheduleResolveStage(null, null);
        em.flush();

        assertEquals(versionBefore, column("version"));
    }

    @Test
    void eachStagesClockGoesToItsOwnColumns() {
        ServiceRequest request = reloaded();
        Instant acceptMissed = NOW.plus(Duration.ofDays(2));
        Instant resolveNear = NOW.plus(Duration.ofDays(3));
        request.startResolveStage(NOW.plus(Duration.ofDays(4)), resolveNear);
        request.checkDeadline(SlaStage.ACCEPT, acceptMissed);
        request.checkDeadline(SlaStage.RESOLVE, resolveNear);

        ServiceRequest stored = reloaded();
        assertAll(
                () -> assertEquals(Optional.of(acceptMissed), stored.clock(SlaStage.ACCEPT).breachedAt()),
                () -> assertEquals(Optional.empty(), stored.clock(SlaStage.ACCEPT).warnedAt()),
                () -> assertEquals(Optional.of(NOW.plus(Duration.ofDays(4))), stored.clock(SlaStage.RESOLVE).dueAt()),
                () -> assertEquals(Optional.of(resolveNear), stored.clock(SlaStage.RESOLVE).warnAt()),
                () -> assertEquals(Optional.of(resolveNear), stored.clock(SlaStage.RESOLVE).warnedAt()),
                () -> assertEquals(Optional.empty(), stored.clock(SlaStage.RESOLVE).breachedAt()),
                () -> assertNotNull(column("accept_breached_at")),
                () -> assertNull(column("accept_warned_at")),
                () -> assertNotNull(column("resolve_warned_at")),
                () -> assertNull(column("resolve_breached_at")));
    }

    /** Read back from the database, not the entity manager's own copy. */
    private ServiceRequest reloaded() {
        em.flush();
        em.clear();
        return em.find(ServiceRequest.class, id);
    }

    private Object column(String name) {
        return em.createNativeQuery("SELECT " + name + " FROM requests WHERE id = ?").setParameter(1, id)
                .getSingleResult();
    }
}
