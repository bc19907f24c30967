package io.jingwu.api.queues.boundary;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.queues.boundary.Queues.QueueFilter;
import io.jingwu.api.queues.boundary.Queues.QueuePage;
import io.jingwu.api.repeats.boundary.Repeats;
import io.jingwu.api.repeats.entity.RepeatKind;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The workbench queue's listing queries: only the clerk's units, filters (SLA state among them), order and paging. */
class QueuesDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final QueueFilter ALL = new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), false);

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final Unit unit = StoredRequests.unit(em);
    private final Unit otherUnit = StoredRequests.unit(em);
    private final StaffActor clerk = new StaffActor("zhang.wei", Set.of(StaffRole.CLERK), Set.of(unit.id()));
    private final Queues queues = new Queues();

    QueuesDatabaseTest() {
        queues.em = em;
        queues.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        queues.repeats = new Repeats() {
            @Override
            public Map<Long, List<RepeatKind>> kindsOf(Collection<Long> requestIds) {
                return Map.of(); // the repeat markers' query is RepeatLinksDatabaseTest's
            }
        };
    }

    @Test
    void theQueueListsOnlyTheClerksUnitsInClaimOrderPageByPage() {
        ServiceRequest normal = queued(unit, Priority.NORMAL, NOW.plus(Duration.ofHours(2)), null);
        ServiceRequest urgent = queued(unit, Priority.URGENT, NOW.plus(Duration.ofHours(3)), null);
        ServiceRequest high = queued(unit, Priority.HIGH, NOW.plus(Duration.ofHours(1)), null);
        ServiceRequest rejected = queued(unit, Priority.URGENT, NOW.plus(Duration.ofHours(1)), null);
        rejected.reject(clerk, "重复提交", NOW);
        queued(otherUnit, Priority.URGENT, NOW.plus(Duration.ofHours(1)), null);
        em.flush();

        QueuePage first = queues.list(clerk, ALL, 0, 2, Language.ZH);
        QueuePage second = queues.list(clerk, ALL, 1, 2, Language.ZH);

        assertEquals(List.of(numberOf(rejected), numberOf(urgent)), numbers(first));
        assertEquals(List.of(numberOf(high), numberOf(normal)), numbers(second));
        assertEquals(4, first.total());
        QueueFilter open = new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true);
        assertEquals(List.of(numberOf(urgent), numberOf(high), numberOf(normal)),
                numbers(queues.list(clerk, open, 0, 10, Language.ZH)));
        StaffActor administrator = new StaffActor("admin", Set.of(StaffRole.ADMIN), Set.of(unit.id()));
        assertEquals(0, queues.list(administrator, ALL, 0, 10, Language.ZH).total());
    }

    @Test
    void eachSlaStateFindsTheRequestsInItAndNoOthers() {
        ServiceRequest breached = queued(unit, Priority.NORMAL, NOW.minus(Duration.ofMinutes(1)), null);
        ServiceRequest near = queued(unit, Priority.NORMAL, NOW.plus(Duration.ofMinutes(10)), NOW.minus(Duration.ofMinutes(5)));
        ServiceRequest onTime = queued(unit, Priority.NORMAL, NOW.plus(Duration.ofHours(5)), NOW.plus(Duration.ofHours(4)));
        ServiceRequest resolvingLate = queued(unit, Priority.NORMAL, NOW.plus(Duration.ofHours(5)), null);
        resolvingLate.accept(clerk, NOW.minus(Duration.ofHours(2)));
        resolvingLate.startResolveStage(NOW.minus(Duration.ofMinutes(30)), null);
        ServiceRequest paused = queued(unit, Priority.NORMAL, NOW.plus(Duration.ofHours(5)), null);
        paused.accept(clerk, NOW.minus(Duration.ofHours(2)));
        paused.startHandling(clerk, NOW.minus(Duration.ofHours(2)));
        paused.askCitizen(clerk, "请补充地址。", NOW.minus(Duration.ofHours(1)));
        queued(otherUnit, Priority.NORMAL, NOW.minus(Duration.ofMinutes(1)), null);
        em.flush();

        assertEquals(List.of(numberOf(breached), numberOf(resolvingLate)).stream().sorted().toList(),
                numbers(inState(SlaState.BREACHED)).stream().sorted().toList());
        assertEquals(List.of(numberOf(near)), numbers(inState(SlaState.NEAR)));
        assertEquals(List.of(numberOf(onTime)), numbers(inState(SlaState.ON_TIME)));
        assertEquals(List.of(numberOf(paused)), numbers(inState(SlaState.PAUSED)));
        assertEquals(2, queues.count(clerk, filter(SlaState.BREACHED)));
    }

    @Test
    void theUrgentNoticeCountsOnlyUrgentRequestsWaitingThatJoinedSince() {
        queued(unit, Priority.URGENT, NOW.plus(Duration.ofHours(1)), null, NOW.minus(Duration.ofMinutes(10)));
        queued(unit, Priority.URGENT, NOW.plus(Duration.ofHours(1)), null, NOW.minus(Duration.ofMinutes(1)));
        queued(unit, Priority.HIGH, NOW.plus(Duration.ofHours(1)), null, NOW.minus(Duration.ofMinutes(1)));
        ServiceRequest taken = queued(unit, Priority.URGENT, NOW.plus(Duration.ofHours(1)), null,
                NOW.minus(Duration.ofMinutes(1)));
        taken.accept(clerk, NOW);
        queued(otherUnit, Priority.URGENT, NOW.plus(Duration.ofHours(1)), null, NOW.minus(Duration.ofMinutes(1)));
        em.flush();

        assertEquals(1, queues.urgentQueuedAfter(clerk, NOW.minus(Duration.ofMinutes(5))));
    }

    private QueuePage inState(SlaState state) {
        return queues.list(clerk, filter(state), 0, 10, Language.EN);
    }

    private static QueueFilter filter(SlaState state) {
        return new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(state), false);
    }

    private ServiceRequest queued(Unit into, Priority priority, Instant acceptDue, Instant acceptWarn) {
        return queued(into, priority, acceptDue, acceptWarn, NOW.minus(Duration.ofHours(3)));
    }

    private ServiceRequest queued(Unit into, Priority priority, Instant acceptDue, Instant acceptWarn, Instant at) {
        ServiceRequest request = StoredRequests.stored(em, into, StoredRequests.wagesDispute(), priority, at);
        request.startAcceptStage(acceptDue, acceptWarn);
        em.flush();
        return request;
    }

    private static String numberOf(ServiceRequest request) {
        return request.trackingNumber().formatted();
    }

    private static List<String> numbers(QueuePage page) {
        return page.items().stream().map(QueueItem::trackingNumber).toList();
    }
}
