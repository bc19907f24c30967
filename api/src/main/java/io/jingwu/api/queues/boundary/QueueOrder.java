package io.jingwu.api.queues.boundary;

/**
 * How a queue is sorted. Ties fall back to the claim order's last key, the id, so that paging is stable.
 *
 * <ul>
 * <li>{@link Key#PRIORITY}: the claim order (DESIGN.md), priority then accept deadline then id; descending puts
 *     urgent first, which is the default;</li>
 * <li>{@link Key#DEADLINE}: the running stage's deadline; requests with none (done, paused) come last either way;</li>
 * <li>{@link Key#SUBMITTED}: the time of submission.</li>
 * </ul>
 */
public record QueueOrder(Key key, boolean descending) {

    public static final QueueOrder CLAIM_ORDER = new QueueOrder(Key.PRIORITY, true);

    private static final String STATUS = "io.jingwu.api.requests.entity.RequestStatus.";
    /** The running stage's deadline: accepting while queued, then resolving (SlaStatusView's rule). */
    static final String RUNNING_DEADLINE = "CASE WHEN r.status = " + STATUS + "SUBMITTED THEN r.acceptStage.dueAt"
            + " WHEN r.status IN (" + STATUS + "ACCEPTED, " + STATUS + "DISPATCHED, " + STATUS + "IN_PROGRESS)"
            + " THEN r.resolveStage.dueAt END";
    private static final String HAS_NO_DEADLINE = "CASE WHEN r.status = " + STATUS + "SUBMITTED THEN 0"
            + " WHEN r.status IN (" + STATUS + "ACCEPTED, " + STATUS + "DISPATCHED, " + STATUS + "IN_PROGRESS)"
            + " AND r.resolveStage.dueAt IS NOT NULL THEN 0 ELSE 1 END";

    public enum Key { PRIORITY, DEADLINE, SUBMITTED }

    /** The JPQL ORDER BY clause, over the alias {@code r}. */
    String jpql() {
        String direction = descending ? " DESC" : "";
        return " ORDER BY " + switch (key) {
            case PRIORITY -> "r.priorityRank" + direction + ", r.acceptStage.dueAt, r.id";
            case DEADLINE -> HAS_NO_DEADLINE + ", " + RUNNING_DEADLINE + direction + ", r.id";
            case SUBMITTED -> "r.createdAt" + direction + ", r.id" + direction;
        };
    }
}
