package io.jingwu.api.queues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds and locks the next unclaimed request of a set of units: the highest priority, then the earliest accept
 * deadline, then the oldest. Per unit, the claim-order index yields its head
 * at once ({@code LIMIT 1 FOR UPDATE SKIP LOCKED}: rows other clerks hold right now are passed over, not waited
 * for); the best of those heads wins. The heads not taken are released when the transaction ends and stay first
 * in line, so nothing is skipped for good.
 */
@ApplicationScoped
public class NextInQueue {

    /**
     * The index is forced: a plan that sorts instead would lock every row it reads. A lock wait (other than
     * the row locks SKIP LOCKED passes over) gives up after a few seconds, and the claim is tried again.
     */
    private static final String HEAD_OF_UNIT = """
            SET STATEMENT innodb_lock_wait_timeout = 3 FOR
            SELECT id, priority_rank, accept_due_at FROM requests FORCE INDEX (requests_claim_order)
            WHERE unit_id = ? AND status = 'SUBMITTED'
            ORDER BY priority_rank DESC, accept_due_at, id
            LIMIT 1 FOR UPDATE SKIP LOCKED""";

    private static final Comparator<Head> CLAIM_ORDER = Comparator
            .comparingInt(Head::priorityRank).reversed()
            .thenComparing(Head::acceptDueAt)
            .thenComparingLong(Head::id);

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    /** The id of the request to claim, its row locked by the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> lockNext(List<Long> unitIds) {
        return unitIds.stream()
                .flatMap(unitId -> head(unitId).stream())
                .min(CLAIM_ORDER)
                .map(Head::id);
    }

    private Optional<Head> head(long unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(HEAD_OF_UNIT).setParameter(1, unitId).getResultList();
        return rows.stream().findFirst().map(row -> new Head(((Number) row[0]).longValue(),
                ((Number) row[1]).intValue(), toLocal(row[2])));
    }

    private static LocalDateTime toLocal(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }

    private record Head(long id, int priorityRank, LocalDateTime acceptDueAt) {
    }
}
