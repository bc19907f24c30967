package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OfferedMovesTest {

    private static final StaffActor CLERK = new StaffActor("clerk.wang", Set.of(StaffRole.CLERK), Set.of(1L));
    private static final StaffActor SUPERVISOR = new StaffActor("sup.li", Set.of(StaffRole.SUPERVISOR), Set.of(1L));

    @Test
    void aNewRequestOffersAClerkAcceptingAndTheSideRoadsOnly() {
        assertEquals(EnumSet.of(EventAction.ACCEPTED, EventAction.REJECTED, EventAction.TRANSFERRED, EventAction.MERGED,
                        EventAction.PRIORITY_CHANGED, EventAction.NOTE_ADDED),
                OfferedMoves.of(RequestStatus.SUBMITTED, CLERK));
        assertEquals(Optional.of(EventAction.ACCEPTED), OfferedMoves.mainOf(RequestStatus.SUBMITTED,
                OfferedMoves.of(RequestStatus.SUBMITTED, CLERK)));
    }

    @Test
    void aSupervisorIsNotOfferedTheClerksOwnMoves() {
        assertEquals(EnumSet.of(EventAction.TRANSFERRED, EventAction.PRIORITY_CHANGED, EventAction.NOTE_ADDED),
                OfferedMoves.of(RequestStatus.SUBMITTED, SUPERVISOR));
        assertEquals(Optional.empty(), OfferedMoves.mainOf(RequestStatus.SUBMITTED,
                OfferedMoves.of(RequestStatus.SUBMITTED, SUPERVISOR)));
    }

    @Test
    void waitingForTheCitizenOffersNoStepOfTheLoop() {
        assertEquals(EnumSet.of(EventAction.PRIORITY_CHANGED, EventAction.NOTE_ADDED),
                OfferedMoves.of(RequestStatus.AWAITING_CITIZEN, CLERK));
    }

    @Test
    void aClosedRequestTakesOnlyInternalNotes() {
        assertEquals(EnumSet.of(EventAction.NOTE_ADDED), OfferedMoves.of(RequestStatus.CLOSED, CLERK));
    }

    @Test
    void aResolvedRequestIsFollowedUpOrVisited() {
        Set<EventAction> offered = OfferedMoves.of(RequestStatus.RESOLVED, CLERK);
        assertEquals(EnumSet.of(EventAction.FOLLOWED_UP, EventAction.RETURN_VISITED, EventAction.PRIORITY_CHANGED,
                EventAction.NOTE_ADDED), offered);
        assertEquals(Optional.of(EventAction.FOLLOWED_UP), OfferedMoves.mainOf(RequestStatus.RESOLVED, offered));
    }
}
