package io.jingwu.api.queues.control;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.testing.ComponentDatabase;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.SeparateTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 接单 against the real claim query ({@code FOR UPDATE SKIP LOCKED} on the claim-order index): which request a
 * clerk gets, and that a request another transaction holds is passed over at once, never waited for.
 */
class QueueClaimsDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:15:00Z");
    /** The claim query's own lock wait limit: a claim that waited for a held row would take at least this long. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(3);

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final Unit unit = StoredRequests.unit(em);
    private final StaffActor clerk = clerkOf(unit.id());

    @Test
    void theHighestPriorityComesFirstThenTheEarliestAcceptDeadlineThenTheOldest() {
        long normalFirst = submit(em, unit, Priority.NORMAL, NOW, NOW.plus(Duration.ofHours(8)));
        long normalSecond = submit(em, unit, Priority.NORMAL, NOW, NOW.plus(Duration.ofHours(8)));
        long high = submit(em, unit, Priority.HIGH, NOW.plusSeconds(60), NOW.plus(Duration.ofHours(9)));
        long urgentLater = submit(em, unit, Priority.URGENT, NOW.plusSeconds(120), NOW.plus(Duration.ofHours(2)));
        long urgentSooner = submit(em, unit, Priority.URGENT, NOW.plusSeconds(180), NOW.plus(Duration.ofHours(1)));
        QueueClaims claims = claimsOn(em);

        List<Long> order = new ArrayList<>();
        for (Optional<ServiceRequest> next = claims.claimOnce(clerk); next.isPresent(); next = claims.claimOnce(clerk)) {
            order.add(next.get().id());
        }

        assertEquals(List.of(urgentSooner, urgentLater, high, normalFirst, normalSecond), order);
        em.clear();
        ServiceRequest claimed = em.find(ServiceRequest.class, normalSecond);
        assertEquals(RequestStatus.ACCEPTED, claimed.status());
        assertEquals(Optional.of("zhang.wei"), claimed.assignee());
        assertEquals(Optional.of(NOW), claimed.milestones().acceptedAt());
    }

    @Test
    void onlyTheClerksOwnUnitsAreClaimedFromTheBestHeadOfThemFirst() {
        Unit second = StoredRequests.unit(em);
        Unit another = StoredRequests.unit(em);
        long mine = submit(em, unit, Priority.NORMAL, NOW, NOW.plus(Duration.ofHours(8)));
        long mineHigh = submit(em, second, Priority.HIGH, NOW.plusSeconds(60), NOW.plus(Duration.ofHours(8)));
        long theirs = submit(em, another, Priority.URGENT, NOW, NOW.plus(Duration.ofHours(1)));
        QueueClaims claims = claimsOn(em);
        StaffActor clerkOfTwo = new StaffActor("zhang.wei", Set.of(StaffRole.CLERK), Set.of(unit.id(), second.id()));

        assertEquals(Optional.of(mineHigh), claims.claimOnce(clerkOfTwo).map(ServiceRequest::id));
        assertEquals(Optional.of(mine), claims.claimOnce(clerkOfTwo).map(ServiceRequest::id));
        assertEquals(Optional.empty(), claims.claimOnce(clerkOfTwo));
        assertFalse(claims.anyWaiting(clerkOfTwo));

        StaffActor adminOfTheUnit = new StaffActor("admin", Set.of(StaffRole.ADMIN), Set.of(another.id()));
        assertEquals(Optional.empty(), claims.claimOnce(adminOfTheUnit));
        assertFalse(claims.anyWaiting(adminOfTheUnit));
        em.clear();
        assertEquals(RequestStatus.SUBMITTED, em.find(ServiceRequest.class, theirs).status());
    }

    @Test
    void aRequestAnotherClerkHoldsIsPassedOverAtOnceAndClaimedOnceReleased() {
        List<Long> queue = ComponentDatabase.committed(committing -> {
            Unit shared = StoredRequests.unit(committing);
            return List.of(shared.id(),
                    submit(committing, shared, Priority.URGENT, NOW, NOW.plus(Duration.ofHours(1))),
                    submit(committing, shared, Priority.NORMAL, NOW, NOW.plus(Duration.ofHours(8))));
        });
        List<Long> units = List.of(queue.get(0));
        long urgent = queue.get(1);
        long normal = queue.get(2);
        StaffActor clerkOfShared = clerkOf(units.get(0));

        try (SeparateTransaction colleague = SeparateTransaction.begin();
             SeparateTransaction second = SeparateTransaction.begin()) {
            assertEquals(Optional.of(urgent), nextOn(colleague.em()).lockNext(units));

            long started = System.nanoTime();
            assertEquals(Optional.of(normal), nextOn(second.em()).lockNext(units));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(LOCK_WAIT) < 0, "the claim waited " + took + " for the held request");

            try (SeparateTransaction third = SeparateTransaction.begin()) {
                assertEquals(Optional.empty(), nextOn(third.em()).lockNext(units), "both are held");
                assertTrue(claimsOn(third.em()).anyWaiting(clerkOfShared), "held requests still wait to be claimed");
            }

            colleague.close(); // the colleague's claim did not go through
            try (SeparateTransaction third = SeparateTransaction.begin()) {
                assertEquals(Optional.of(urgent), nextOn(third.em()).lockNext(units), "released, first in line again");
            }
        }
    }

    @Test
    void clerksClaimingAtTheSameTimeNeverGetTheSameRequest() throws Exception {
        int clerks = 3;
        int requests = 12;
        long unitId = ComponentDatabase.committed(committing -> {
            Unit shared = StoredRequests.unit(committing);
            IntStream.range(0, requests).forEach(i -> submit(committing, shared, i % 3 == 0 ? Priority.HIGH
                    : Priority.NORMAL, NOW.plusSeconds(i), NOW.plus(Duration.ofHours(8)).plusSeconds(i)));
            return shared.id();
        });
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(clerks);
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clerks; i++) {
                StaffActor colleague = new StaffActor("clerk-" + i, Set.of(StaffRole.CLERK), Set.of(unitId));
                running.add(pool.submit(() -> {
                    start.await();
                    while (true) {
                        try (SeparateTransaction transaction = SeparateTransaction.begin()) {
                            Optional<ServiceRequest> next = claimsOn(transaction.em()).claimOnce(colleague);
                            transaction.commit();
                            if (next.isEmpty()) {
                                return null;
                            }
                            claimed.add(next.get().id());
                        }
                    }
                }));
            }
            for (Future<?> clerk : running) {
                clerk.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(requests, claimed.size(), "claimed: " + claimed);
        assertEquals(requests, Set.copyOf(claimed).size(), "a request was claimed twice: " + claimed);
    }

    private static long submit(EntityManager em, Unit unit, Priority priority, Instant submittedAt, Instant acceptDue) {
        ServiceRequest request = StoredRequests.stored(em, unit, StoredRequests.wagesDispute(), priority, submittedAt);
        request.startAcceptStage(acceptDue, null);
        em.flush();
        return request.id();
    }

    private static StaffActor clerkOf(long unitId) {
        return new StaffActor("zhang.wei", Set.of(StaffRole.CLERK), Set.of(unitId));
    }

    private static NextInQueue nextOn(EntityManager em) {
        NextInQueue next = new NextInQueue();
        next.em = em;
        return next;
    }

    private static QueueClaims claimsOn(EntityManager em) {
        QueueClaims claims = new QueueClaims();
        claims.em = em;
        claims.next = nextOn(em);
        claims.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return claims;
    }
}
