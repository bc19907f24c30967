package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.LifecycleTable;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.staff.entity.StaffActor;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The moves the request page offers a member of staff: those the {@link LifecycleTable} allows from the request's
 * status and gives their role. The request still checks both when the move is made; offering only these keeps
 * the clerk from buttons that can only be refused. The page serves only clerks and supervisors, so a request's
 * handler by name without either role (whom the request lets make the handler's moves) is offered nothing here.
 */
final class OfferedMoves {

    /** The next step of the closed loop 接单—派单—处置—反馈—跟进—回访 from each status that has one. */
    private static final Map<RequestStatus, EventAction> NEXT_STEP = Map.of(
            RequestStatus.SUBMITTED, EventAction.ACCEPTED,
            RequestStatus.ACCEPTED, EventAction.DISPATCHED,
            RequestStatus.DISPATCHED, EventAction.HANDLING_STARTED,
            RequestStatus.IN_PROGRESS, EventAction.REPLIED,
            RequestStatus.RESOLVED, EventAction.FOLLOWED_UP,
            RequestStatus.FOLLOWED_UP, EventAction.RETURN_VISITED);

    private OfferedMoves() {
    }

    static Set<EventAction> of(RequestStatus status, StaffActor actor) {
        Set<EventAction> offered = EnumSet.noneOf(EventAction.class);
        for (EventAction action : EventAction.values()) {
            if (LifecycleTable.allows(status, action) && LifecycleTable.roleMayMake(action, actor)) {
                offered.add(action);
            }
        }
        return offered;
    }

    /** The move the page's shortcut key leads to, if it is offered. */
    static Optional<EventAction> mainOf(RequestStatus status, Set<EventAction> offered) {
        return Optional.ofNullable(NEXT_STEP.get(status)).filter(offered::contains);
    }
}
