package io.jingwu.api.queues.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.queues.control.QueueClaims;
import io.jingwu.api.repeats.boundary.Repeats;
import io.jingwu.api.repeats.entity.RepeatKind;
import io.jingwu.api.requests.entity.Priority;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.RequestType;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /**
     * 接单 of the next request: highest priority, then the earliest accept deadline, then the oldest. Empty only
     * when nothing of the clerk's units waits: requests that another transaction holds at this instant (a
     * colleague's claim, an SLA sweep) are passed over by the claim, so it is tried again until they are taken
     * or free.
     */
    public Optional<QueueItem> claimNext(StaffActor clerk, Language language) {
        for (int attempt = 1; ; attempt++) {
            Optional<ServiceRequest> claimed = claimOnceRetryingLockRaces(clerk);
            if (claimed.isPresent() || attempt == WAITING_ATTEMPTS || !claims.anyWaiting(clerk)) {
                return claimed.map(request -> QueueItem.of(request,
                        repeats.kindsOf(List.of(request.id())).getOrDefault(request.id(), List.of()), language));
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

    /** Filters are optional; only the caller's own units are ever listed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QueuePage list(StaffActor staff, QueueFilter filter, int page, int size, Language language) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        if (staff.unitIds().isEmpty()) {
            return new QueuePage(List.of(), 0, pageNumber, pageSize);
        }
        Map<String, Object> parameters = new TreeMap<>();
        List<String> conditions = new ArrayList<>(List.of("r.unit.id IN :units"));
        parameters.put("units", List.copyOf(staff.unitIds()));
        filter.unitId().ifPresent(unit -> add(conditions, parameters, "r.unit.id = :unit", "unit", unit));
        filter.status().ifPresent(status -> add(conditions, parameters, "r.status = :status", "status", status));
        filter.type().ifPresent(type -> add(conditions, parameters, "r.type = :type", "type", type));
        filter.category().ifPresent(category -> add(conditions, parameters, "r.category = :category", "category", category));
        filter.priority().ifPresent(priority -> add(conditions, parameters, "r.priority = :priority", "priority", priority));
        String where = " WHERE " + String.join(" AND ", conditions);

        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM ServiceRequest r" + where, Long.class);
        TypedQuery<ServiceRequest> rows = em.createQuery("SELECT r FROM ServiceRequest r JOIN FETCH r.unit" + where
                + " ORDER BY r.priorityRank DESC, r.queuedAt, r.id", ServiceRequest.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<ServiceRequest> found = rows.setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList();
        Map<Long, List<RepeatKind>> repeatKinds = repeats.kindsOf(found.stream().map(ServiceRequest::id).toList());
        List<QueueItem> items = found.stream().map(request -> QueueItem.of(request,
                repeatKinds.getOrDefault(request.id(), List.of()), language)).toList();
        return new QueuePage(items, count.getSingleResult(), pageNumber, pageSize);
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

    /** What to list; every part optional. */
    public record QueueFilter(Optional<Long> unitId, Optional<RequestStatus> status, Optional<RequestType> type,
                              Optional<String> category, Optional<Priority> priority) {
    }

    /** One page of a queue and how many there are in all. */
    public record QueuePage(List<QueueItem> items, long total, int page, int size) {
    }
}
