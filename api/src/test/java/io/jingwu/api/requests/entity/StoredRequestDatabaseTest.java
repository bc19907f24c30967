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
 * A request's embedded values (contact, routing, milestones, stage clocks, waits for the citizen) are stored in the
 * columns they always had, and read back whole: one whose columns are all empty reads as an empty value, and
 * reading one writes nothing.
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

    @Test
    void theRoutingStaysWithTheRoutedUnitAndCountsTransfersInItsColumns() {
        Unit elsewhere = StoredRequests.unit(em, "另一单位", "Another unit");
        ServiceRequest request = reloaded();
        request.transferTo(elsewhere, LifecycleFixtures.CLERK, "不属本队辖区", NOW.plus(Duration.ofHours(1)));

        ServiceRequest stored = reloaded();
        Routing routing = stored.routing();
        assertAll(
                () -> assertEquals(elsewhere.id(), stored.unit().id()),
                () -> assertEquals(unit.id(), routing.routedUnit().id()),
                () -> assertEquals("按辖区分派", routing.reason()),
                () -> assertEquals("330502100", routing.divisionCode()),
                () -> assertEquals(1, routing.backflowCount()),
                () -> assertEquals(unit.id(), ((Number) column("routed_unit_id")).longValue()),
                () -> assertEquals("按辖区分派", column("routing_reason")),
                () -> assertEquals("330502100", column("division_code")),
                () -> assertEquals(1, ((Number) column("backflow_count")).intValue()));
    }

    @Test
    void eachMilestoneGoesToItsOwnColumn() {
        Instant accepted = NOW.plus(Duration.ofHours(1));
        Instant replied = NOW.plus(Duration.ofHours(3));
        ServiceRequest request = reloaded();
        request.accept(LifecycleFixtures.CLERK, accepted);
        request.startHandling(LifecycleFixtures.CLERK, accepted);
        request.replyToCitizen(LifecycleFixtures.CLERK, "工资已追回。", replied);

        Milestones stored = reloaded().milestones();
        assertAll(
                () -> assertEquals(NOW, stored.queuedAt()),
                () -> assertEquals(Optional.of(accepted), stored.acceptedAt()),
                () -> assertEquals(Optional.of(replied), stored.resolvedAt()),
                () -> assertEquals(Optional.empty(), stored.closedAt()),
                () -> assertNotNull(column("queued_at")),
                () -> assertNotNull(column("accepted_at")),
                () -> assertNotNull(column("resolved_at")),
                () -> assertNull(column("closed_at")));
    }

    /** Its columns are never all empty (the time waited is 0 at least): a request that never waited reads as no wait. */
    @Test
    void aRequestNeverWaitingForTheCitizenReadsAsNoWait() {
        ServiceRequest request = reloaded();

        assertAll(
                () -> assertEquals(CitizenWait.none(), request.citizenWait()),
                () -> assertEquals(Optional.empty(), request.citizenWait().since()),
                () -> assertEquals(Duration.ZERO, request.citizenWait().pausedTime()),
                () -> assertEquals(Optional.empty(), request.citizenWait().slaRemaining()),
                () -> assertNull(column("awaiting_since")),
                () -> assertEquals(0L, ((Number) column("paused_seconds")).longValue()),
                () -> assertNull(column("sla_remaining_seconds")));
    }

    @Test
    void aWaitForTheCitizenGoesToItsColumnsAndIsReadBack() {
        Instant asked = NOW.plus(Duration.ofHours(1));
        ServiceRequest request = reloaded();
        request.accept(LifecycleFixtures.CLERK, asked);
        request.startHandling(LifecycleFixtures.CLERK, asked);
        request.askCitizen(LifecycleFixtures.CLERK, "请提供劳动合同。", asked);
        request.pauseResolveStage(Duration.ofHours(5));

        CitizenWait waiting = reloaded().citizenWait();
        assertAll(
                () -> assertEquals(Optional.of(asked), waiting.since()),
                () -> assertEquals(Optional.of(Duration.ofHours(5)), waiting.slaRemaining()),
                () -> assertEquals(Duration.ZERO, waiting.pausedTime()),
                () -> assertNotNull(column("awaiting_since")),
                () -> assertEquals(18_000L, ((Number) column("sla_remaining_seconds")).longValue()));

        reloaded().citizenAnswers("合同已上传。", asked.plus(Duration.ofHours(2)));

        CitizenWait answered = reloaded().citizenWait();
        assertAll(
                () -> assertEquals(Optional.empty(), answered.since()),
                () -> assertEquals(Duration.ofHours(2), answered.pausedTime()),
                () -> assertNull(column("awaiting_since")),
                () -> assertEquals(7_200L, ((Number) column("paused_seconds")).longValue()));
    }

    @Test
    void readingItsRoutingAndWaitOrKeepingTheSameTimeAgainWritesNothing() {
        ServiceRequest request = reloaded();
        request.accept(LifecycleFixtures.CLERK, NOW);
        request.startHandling(LifecycleFixtures.CLERK, NOW);
        request.askCitizen(LifecycleFixtures.CLERK, "请提供劳动合同。", NOW);
        request.pauseResolveStage(Duration.ofHours(5));
        ServiceRequest waiting = reloaded();
        Object versionBefore = column("version");

        waiting.routing();
        waiting.milestones();
        waiting.citizenWait();
        waiting.pauseResolveStage(Duration.ofHours(5));
        em.flush();

        assertEquals(versionBefore, column("version"));
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
