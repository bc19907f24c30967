package io.jingwu.api.sla.control;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.requests.entity.RequestEvent;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.SlaStage;
import io.jingwu.api.sla.entity.StaffAlert;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.staff.entity.StaffUser;
import io.jingwu.api.testing.ComponentDatabase;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.SeparateTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SLA sweep's query of due requests (the generated sweep columns and their indexes): what it warns and
 * escalates, who is alerted, and that a request someone is changing is passed over, not waited for.
 */
class SlaSweepDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    /** Large enough to take every due request in the database, whichever other tests committed. */
    private static final int BATCH = 10_000;

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final Unit unit = StoredRequests.unit(em);
    private final SlaSweepBatch sweep = sweepOn(em);
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void requestsPastTheirWarningOrDeadlineAreWarnedOrEscalatedAndTheOthersLeftAlone() {
        long nearing = queued(em, unit, NOW.minus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(50)));
        long missed = queued(em, unit, null, NOW.minus(Duration.ofMinutes(1)));
        long notYet = queued(em, unit, NOW.plus(Duration.ofMinutes(10)), NOW.plus(Duration.ofHours(1)));
        long accepted = queued(em, unit, null, NOW.minus(Duration.ofHours(1)));
        ServiceRequest acceptedInTime = em.find(ServiceRequest.class, accepted);
        acceptedInTime.accept(clerk(), NOW.minus(Duration.ofHours(2)));
        acceptedInTime.startResolveStage(NOW.minus(Duration.ofMinutes(5)), null);
        em.flush();

        sweep.run(SlaStage.ACCEPT, NOW, BATCH);
        sweep.run(SlaStage.RESOLVE, NOW, BATCH);
        em.flush();
        em.clear();

        assertEquals(Optional.of(NOW), request(nearing).clock(SlaStage.ACCEPT).warnedAt());
        assertEquals(Optional.empty(), request(nearing).clock(SlaStage.ACCEPT).breachedAt());
        assertEquals(Optional.of(NOW), request(missed).clock(SlaStage.ACCEPT).breachedAt());
        assertEquals(Optional.empty(), request(notYet).clock(SlaStage.ACCEPT).warnedAt());
        assertEquals(Optional.empty(), request(notYet).clock(SlaStage.ACCEPT).breachedAt());
        assertEquals(Optional.empty(), request(accepted).clock(SlaStage.ACCEPT).breachedAt(), "accepted in time: no accept breach");
        assertEquals(Optional.of(NOW), request(accepted).clock(SlaStage.RESOLVE).breachedAt());
    }

    @Test
    void theUnitsActiveSupervisorsAreAlertedAndNobodyElse() {
        Unit otherUnit = StoredRequests.unit(em);
        String supervisor = staff(Set.of(StaffRole.SUPERVISOR), unit, true);
        String switchedOff = staff(Set.of(StaffRole.SUPERVISOR), unit, false);
        String clerk = staff(Set.of(StaffRole.CLERK), unit, true);
        String otherSupervisor = staff(Set.of(StaffRole.SUPERVISOR), otherUnit, true);
        long missed = queued(em, unit, null, NOW.minus(Duration.ofMinutes(1)));
        long nearing = queued(em, unit, NOW.minus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(50)));

        sweep.run(SlaStage.ACCEPT, NOW, BATCH);
        em.flush();
        em.clear();

        List<StaffAlert> alerts = alertsOf(supervisor);
        assertEquals(List.of("SLA_WARNED " + nearing, "SLA_BREACHED " + missed).stream().sorted().toList(),
                alerts.stream().map(alert -> alert.kind() + " " + alert.request().id()).sorted().toList());
        assertEquals(List.of(), alertsOf(switchedOff));
        assertEquals(List.of(), alertsOf(clerk));
        assertEquals(List.of(), alertsOf(otherSupervisor));
    }

    @Test
    void aSecondSweepRaisesNothingTwice() {
        String supervisor = staff(Set.of(StaffRole.SUPERVISOR), unit, true);
        long nearing = queued(em, unit, NOW.minus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(50)));

        sweep.run(SlaStage.ACCEPT, NOW, BATCH);
        sweep.run(SlaStage.ACCEPT, NOW.plus(Duration.ofMinutes(5)), BATCH);
        em.flush();
        em.clear();

        assertEquals(1, alertsOf(supervisor).size());
        assertEquals(1, request(nearing).events().stream().map(RequestEvent::action)
                .filter(action -> action.name().startsWith("SLA_")).count());

        sweep.run(SlaStage.ACCEPT, NOW.plus(Duration.ofMinutes(50)), BATCH);
        em.flush();
        em.clear();
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(50))), request(nearing).clock(SlaStage.ACCEPT).breachedAt(),
                "the warned request is looked at again at its deadline");
    }

    @Test
    void aRequestBeingChangedIsPassedOverAtOnceAndSweptTheNextTime() {
        long missed = ComponentDatabase.committed(committing -> {
            Unit own = StoredRequests.unit(committing);
            return queued(committing, own, null, NOW.minus(Duration.ofMinutes(1)));
        });
        String trackingNumber = request(missed).trackingNumber().value();

        try (SeparateTransaction clerkChanging = SeparateTransaction.begin()) {
            clerkChanging.em().createNamedQuery(ServiceRequest.TO_CHANGE, ServiceRequest.class)
                    .setParameter("trackingNumber", trackingNumber).getSingleResult();

            long started = System.nanoTime();
            try (SeparateTransaction sweeping = SeparateTransaction.begin()) {
                sweepOn(sweeping.em()).run(SlaStage.ACCEPT, NOW, BATCH);
                sweeping.em().flush();
                sweeping.em().clear();
                assertEquals(Optional.empty(), sweeping.em().find(ServiceRequest.class, missed).clock(SlaStage.ACCEPT).breachedAt());
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "the sweep waited " + took);
        }

        try (SeparateTransaction sweeping = SeparateTransaction.begin()) {
            sweepOn(sweeping.em()).run(SlaStage.ACCEPT, NOW, BATCH);
            sweeping.em().flush();
            sweeping.em().clear();
            assertEquals(Optional.of(NOW), sweeping.em().find(ServiceRequest.class, missed).clock(SlaStage.ACCEPT).breachedAt());
        }
    }

    private ServiceRequest request(long id) {
        return em.find(ServiceRequest.class, id);
    }

    private List<StaffAlert> alertsOf(String username) {
        return em.createNamedQuery(StaffAlert.OF_RECIPIENT, StaffAlert.class).setParameter("recipient", username)
                .getResultList();
    }

    private String staff(Set<StaffRole> roles, Unit of, boolean active) {
        String username = roles.iterator().next().name().toLowerCase() + "." + tag + "." + (active ? "on" : "off")
                + "." + of.code().toLowerCase();
        StaffUser user = StaffUser.create(username, username, "not-a-password-hash", roles, List.of(of), NOW);
        if (!active) {
            user.setActive(false, NOW);
        }
        em.persist(user);
        em.flush();
        return username;
    }

    private static long queued(EntityManager em, Unit unit, Instant warnAt, Instant dueAt) {
        ServiceRequest request = StoredRequests.stored(em, unit, StoredRequests.wagesDispute(), Priority.NORMAL,
                NOW.minus(Duration.ofHours(3)));
        request.startAcceptStage(dueAt, warnAt);
        em.flush();
        return request.id();
    }

    private static StaffActor clerk() {
        return new StaffActor("zhang.wei", Set.of(StaffRole.CLERK), Set.of());
    }

    private static SlaSweepBatch sweepOn(EntityManager em) {
        SlaSweepBatch batch = new SlaSweepBatch();
        batch.em = em;
        return batch;
    }
}
