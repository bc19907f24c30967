package io.jingwu.api.requests.entity;

import jakarta.interceptor.Interceptor;

/**
 * A request was submitted or moved through its lifecycle: raised as a CDI event by the boundary that made the move,
 * after the request changed and inside its transaction. Other components hook into requests only this way, so that
 * {@code requests} depends on none of them:
 * <ul>
 *     <li>an observer that must be atomic with the move (deadlines, the citizen's notice, repeat links) observes it
 *     in the transaction ({@code @Observes}) and may refuse the move by throwing;</li>
 *     <li>an observer that only informs (figures, a chat message) observes it after commit
 *     ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}) and never sees a move that was rolled back.</li>
 * </ul>
 * In-transaction observers that change the request run before those that read it: order them with {@code @Priority}
 * {@link #CHANGES_REQUEST} or {@link #READS_REQUEST}.
 *
 * @param move the event the move added to the request's trail; its action is {@link EventAction#SUBMITTED} for a
 *             submission
 */
public record RequestMoved(ServiceRequest request, RequestEvent move) {

    /** Priority of observers that change the request itself (its deadlines). */
    public static final int CHANGES_REQUEST = Interceptor.Priority.APPLICATION;

    /** Priority of observers that read the request as the move left it (notices, links to other requests). */
    public static final int READS_REQUEST = Interceptor.Priority.APPLICATION + 100;

    public EventAction action() {
        return move.action();
    }

    public boolean isSubmission() {
        return move.action() == EventAction.SUBMITTED;
    }
}
