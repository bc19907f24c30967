package io.jingwu.api.queues.boundary;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.queues.control.QueueClaims;
import io.jingwu.api.repeats.boundary.Repeats;
import io.jingwu.api.repeats.entity.RepeatKind;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The queues of a clerk's units: listing with filters and paging, and claiming the next request. A claim that
 * loses a deadlock to another instance is tried again, in a new transaction.
 */
@ApplicationScoped
public class Queues {

    static final int CLAIM_ATTEMPTS = 5;
    /** Claims tried while requests wait but are held by others: pauses of 25, 50 ... 175 ms, 0.7 s in all. */
    static final int WAITING_ATTEMPTS = 8;
    static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    QueueClaims claims;

    @Inject
    Repeats repeats;

    @Inject
    Clock clock;

    /**
     * Claim attempts that found requests waiting but every one of them held by another transaction, passed over and
     * never waited for: how often clerks' claims run into each other or into a sweep.
     */
    @Inject
    @Metric(name = "queue.claim.attempts.all.held", absolute = true, description = "Attempts at claiming the next"
            + " request that found every waiting request of the clerk's units held by another transaction (passed over,"
            + " not waited for)")
    Counter attemptsAllHeld;

    /**
     * 接单 of the next request: highest priority, then the earliest accept deadline, then the oldest. Empty only
     * when nothing of the clerk's units waits: requests that another transaction holds at this instant (a
     * colleague's claim, an SLA sweep) are passed over by the claim, so it is tried again until they are taken
     * or free.
     */
    public Optional<QueueItem> claimNext(StaffActor clerk, Language language) {
        for (int attempt = 1; ; attempt++) {
            Optional<ServiceRequest> claimed = claimOnceRetryingLockRaces(clerk);
            if (claimed.isPresent() || !claims.anyWaiting(clerk)) {
                return claimed.map(request -> QueueItem.of(request,
                        repeats.kindsOf(List.of(request.id())).getOrDefault(request.id(), List.of()), language,
                        clock.instant()));
            }
            attemptsAllHeld.inc();
            if (attempt == WAITING_ATTEMPTS) {
                return Optional.empty();
            }
            pauseBeforeAttempt(attempt);
        }
    }

    private Optional<ServiceRequest> claimOnceRetryingLockRaces(StaffActor clerk) {
        for (int attempt = 1; ; attempt++) {
            try {
                return claims.claimOnce(clerk);
            } catch (RuntimeException e) {
                if (attempt == CLAIM_ATTEMPTS || !lostALockRace(e)) {
                    throw e;
                }
            }
        }
    }

    /** Long enough for a short transaction holding the rows to end; a few attempts stay well under a second. */
    private static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(25L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Filters are optional; only the caller's own units are ever listed, in the claim order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QueuePage list(StaffActor staff, QueueFilter filter, int page, int size, Language language) {
        return list(staff, filter, QueueOrder.CLAIM_ORDER, page, size, language);
    }

    /**
     * Filters are optional; only the caller's own units are ever listed. The page's ids are found first, on the
     * indexes alone where the filters allow, and only those rows are read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QueuePage list(StaffActor staff, QueueFilter filter, QueueOrder order, int page, int size,
                          Language language) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        if (staff.workedUnitIds().isEmpty()) {
            return new QueuePage(List.of(), 0, pageNumber, pageSize);
        }
        Instant now = clock.instant();
        Where where = where(staff, filter, now);
        TypedQuery<Long> ids = em.createQuery("SELECT r.id FROM ServiceRequest r" + where.jpql() + order.jpql(), Long.class);
        where.parameters().forEach(ids::setParameter);
        List<Long> pageIds = ids.setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList();
        Map<Long, ServiceRequest> rows = pageIds.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT r FROM ServiceRequest r JOIN FETCH r.unit WHERE r.id IN :ids", ServiceRequest.class)
                .setParameter("ids", pageIds).getResultStream()
                .collect(Collectors.toMap(ServiceRequest::id, Function.identity()));
        Map<Long, List<RepeatKind>> repeatKinds = repeats.kindsOf(pageIds);
        List<QueueItem> items = pageIds.stream().map(rows::get).map(request -> QueueItem.of(request,
                repeatKinds.getOrDefault(request.id(), List.of()), language, now)).toList();
        return new QueuePage(items, count(where), pageNumber, pageSize);
    }

    /** How many requests {@link #list} finds with the filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(StaffActor staff, QueueFilter filter) {
        return staff.workedUnitIds().isEmpty() ? 0 : count(where(staff, filter, clock.instant()));
    }

    private long count(Where where) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM ServiceRequest r" + where.jpql(), Long.class);
        where.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static Where where(StaffActor staff, QueueFilter filter, Instant now) {
        Map<String, Object> parameters = new TreeMap<>();
        List<String> conditions = new ArrayList<>(List.of("r.unit.id IN :units"));
        parameters.put("units", List.copyOf(staff.workedUnitIds()));
        filter.unitId().ifPresent(unit -> add(conditions, parameters, "r.unit.id = :unit", "unit", unit));
        filter.status().ifPresent(status -> add(conditions, parameters, "r.status = :status", "status", status));
        if (filter.open() && filter.status().isEmpty()) {
            add(conditions, parameters, "r.status IN :open", "open", List.copyOf(OPEN));
        }
        filter.type().ifPresent(type -> add(conditions, parameters, "r.type = :type", "type", type));
        filter.category().ifPresent(category -> add(conditions, parameters, "r.category = :category", "category", category));
        filter.priority().ifPresent(priority -> add(conditions, parameters, "r.priority = :priority", "priority", priority));
        filter.slaState().ifPresent(state -> {
            conditions.add(slaCondition(state));
            if (state != SlaState.PAUSED) {
                parameters.put("now", now);
            }
        });
        return new Where(" WHERE " + String.join(" AND ", conditions), parameters);
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }

    /** Urgent requests waiting to be claimed in the caller's units that joined the queue after {@code since}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long urgentQueuedAfter(StaffActor staff, Instant since) {
        if (staff.workedUnitIds().isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(r) FROM ServiceRequest r WHERE r.unit.id IN :units"
                        + " AND r.status = :submitted AND r.priority = :urgent AND r.milestones.queuedAt > :since", Long.class)
                .setParameter("units", List.copyOf(staff.workedUnitIds()))
                .setParameter("submitted", RequestStatus.SUBMITTED)
                .setParameter("urgent", Priority.URGENT)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The running stage's deadline against {@code :now} (paused needs no time): accepting while queued, resolving until the reply. */
    static String slaCondition(SlaState state) {
        String queued = "r.status = io.jingwu.api.requests.entity.RequestStatus.SUBMITTED";
        String resolving = "r.status IN (io.jingwu.api.requests.entity.RequestStatus.ACCEPTED, "
                + "io.jingwu.api.requests.entity.RequestStatus.DISPATCHED, "
                + "io.jingwu.api.requests.entity.RequestStatus.IN_PROGRESS)";
        return switch (state) {
            case BREACHED -> "((" + queued + " AND r.acceptStage.dueAt <= :now) OR (" + resolving
                    + " AND r.resolveStage.dueAt <= :now))";
            case NEAR -> "((" + queued + " AND r.acceptStage.dueAt > :now AND r.acceptStage.warnAt <= :now) OR (" + resolving
                    + " AND r.resolveStage.dueAt > :now AND r.resolveStage.warnAt <= :now))";
            case ON_TIME -> "((" + queued + " AND r.acceptStage.dueAt > :now AND (r.acceptStage.warnAt IS NULL OR r.acceptStage.warnAt > :now))"
                    + " OR (" + resolving + " AND r.resolveStage.dueAt > :now"
                    + " AND (r.resolveStage.warnAt IS NULL OR r.resolveStage.warnAt > :now)))";
            case PAUSED -> "r.status = io.jingwu.api.requests.entity.RequestStatus.AWAITING_CITIZEN";
        };
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name,
                            Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    /** MariaDB's deadlock (1213) and lock wait timeout (1205), however deep the persistence layers wrapped them. */
    static boolean lostALockRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The statuses a request can still move from. */
    static final Set<RequestStatus> OPEN = EnumSet.copyOf(Arrays.stream(RequestStatus.values())
            .filter(status -> !status.isFinal()).toList());

    /**
     * What to list; every part optional.
     *
     * @param open only requests not in a final state (ignored when a status is asked for)
     */
    public record QueueFilter(Optional<Long> unitId, Optional<RequestStatus> status, Optional<RequestType> type,
                              Optional<String> category, Optional<Priority> priority, Optional<SlaState> slaState,
                              boolean open) {
    }

    /** One page of a queue and how many there are in all. */
    public record QueuePage(List<QueueItem> items, long total, int page, int size) implements java.io.Serializable {
    }
}
