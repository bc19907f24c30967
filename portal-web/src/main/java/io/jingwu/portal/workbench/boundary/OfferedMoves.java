package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.staff.entity.StaffActor;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The moves the request page offers a member of staff: those the request's status allows
 * ({@link ServiceRequest#allows}) and the lifecycle's "who" gives their role. The request still checks both when
 * the move is made; offering only these keeps the clerk from buttons that can only be refused.
 */
final class OfferedMoves {

    /** Moves only a clerk makes. */
    private static final Set<EventAction> CLERKS = EnumSet.of(EventAction.ACCEPTED, EventAction.REJECTED,
            EventAction.MERGED, EventAction.FOLLOWED_UP, EventAction.RETURN_VISITED);

    /** Moves a clerk or a supervisor makes. */
    private static final Set<EventAction> CLERKS_AND_SUPERVISORS = EnumSet.of(EventAction.TRANSFERRED,
            EventAction.DISPATCHED, EventAction.HANDLING_STARTED, EventAction.CITIZEN_ASKED, EventAction.REPLIED,
            EventAction.PRIORITY_CHANGED, EventAction.NOTE_ADDED);

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
        boolean clerk = actor.isClerk();
        boolean clerkOrSupervisor = clerk || actor.isSupervisor();
        for (EventAction action : EventAction.values()) {
            boolean roleFits = CLERKS.contains(action) ? clerk : CLERKS_AND_SUPERVISORS.contains(action) && clerkOrSupervisor;
            if (roleFits && ServiceRequest.allows(status, action)) {
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
