package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.problems.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.OptionalInt;

import static io.jingwu.api.requests.entity.LifecycleFixtures.ADMIN;
import static io.jingwu.api.requests.entity.LifecycleFixtures.CLERK;
import static io.jingwu.api.requests.entity.LifecycleFixtures.SUPERVISOR;
import static io.jingwu.api.requests.entity.LifecycleFixtures.handler;
import static io.jingwu.api.requests.entity.LifecycleFixtures.inStatus;
import static io.jingwu.api.requests.entity.LifecycleFixtures.lastEvent;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 回访: a satisfied citizen closes the loop; an unsatisfied one reopens it for a supervisor. */
class ReturnVisitTest {

    private final LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();

    @ParameterizedTest(name = "rating {0}")
    @ValueSource(ints = {3, 4, 5})
    void aRatingOfThreeOrMoreClosesTheRequestForGood(int rating) {
        ServiceRequest request = inStatus(RequestStatus.FOLLOWED_UP, time);
        Instant now = time.next();

        request.recordReturnVisit(CLERK, rating, "民警态度很好", null, now);

        RequestEvent event = lastEvent(request);
        assertAll(
                () -> assertEquals(RequestStatus.CLOSED, request.status()),
                () -> assertTrue(request.status().isFinal()),
                () -> assertEquals(OptionalInt.of(rating), request.rating()),
                () -> assertEquals("民警态度很好", request.ratingComment().orElseThrow()),
                () -> assertEquals(now, request.milestones().closedAt().orElseThrow()),
                () -> assertEquals(rating, event.rating().orElseThrow()),
                () -> assertEquals("民警态度很好", event.note()),
                () -> assertEquals(CLERK.username(), event.actor()));
        assertThrows(LifecycleViolation.class,
                () -> request.recordCitizenReturnVisit(1, "后悔了", SUPERVISOR, time.next()));
    }

    @ParameterizedTest(name = "rating {0}")
    @ValueSource(ints = {1, 2})
    void aRatingOfOneOrTwoReopensTheRequestForTheSupervisor(int rating) {
        ServiceRequest request = inStatus(RequestStatus.RESOLVED, time);

        request.recordCitizenReturnVisit(rating, "问题根本没解决", SUPERVISOR, time.next());

        RequestEvent event = lastEvent(request);
        assertAll(
                () -> assertEquals(RequestStatus.IN_PROGRESS, request.status()),
                () -> assertEquals(SUPERVISOR.username(), request.assignee().orElseThrow()),
                () -> assertEquals(OptionalInt.of(rating), request.rating()),
                () -> assertTrue(request.milestones().closedAt().isEmpty()),
                () -> assertEquals(EventAction.RETURN_VISITED, event.action()),
                () -> assertEquals(RequestStatus.RESOLVED, event.from()),
                () -> assertEquals(RequestStatus.IN_PROGRESS, event.to()),
                () -> assertEquals(ServiceRequest.CITIZEN, event.actor()),
                () -> assertEquals(SUPERVISOR.username(), event.assignedTo().orElseThrow()),
                () -> assertEquals(rating, event.rating().orElseThrow()),
                () -> assertTrue(event.isPublic()));
    }

    @Test
    void aReopenedRequestGoesRoundTheLoopAgainUntilTheCitizenIsSatisfied() {
        ServiceRequest request = inStatus(RequestStatus.RESOLVED, time);
        request.recordReturnVisit(CLERK, 1, "钱还没到账", SUPERVISOR, time.next());

        request.replyToCitizen(SUPERVISOR, "已督促老板今日转账，请查收。", time.next());
        request.followUp(CLERK, null, time.next());
        request.recordCitizenReturnVisit(5, "收到了，谢谢", null, time.next());

        assertEquals(RequestStatus.CLOSED, request.status());
        assertEquals(OptionalInt.of(5), request.rating());
        assertEquals(2, request.events().stream().filter(e -> e.action() == EventAction.RETURN_VISITED).count());
    }

    @Test
    void theSupervisorOfAReopenedRequestMayHandleItWithoutBeingAClerk() {
        ServiceRequest request = inStatus(RequestStatus.RESOLVED, time);
        var supervisorOnly = LifecycleFixtures.roleless(SUPERVISOR.username());
        request.recordCitizenReturnVisit(2, null, SUPERVISOR, time.next());

        request.askCitizen(supervisorOnly, "钱是哪天应到账？", time.next());

        assertEquals(RequestStatus.AWAITING_CITIZEN, request.status());
    }

    @Test
    void aLowRatingNeedsASupervisorToGoTo() {
        ServiceRequest request = inStatus(RequestStatus.RESOLVED, time);

        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> request.recordCitizenReturnVisit(2, "不满意", null, time.next()));
        InvalidInputException notSupervisor = assertThrows(InvalidInputException.class,
                () -> request.recordReturnVisit(CLERK, 1, "不满意", CLERK, time.next()));

        assertEquals("lifecycle.supervisor.required", missing.errors().get(0).messageKey());
        assertEquals("supervisor", notSupervisor.errors().get(0).field());
        assertEquals("lifecycle.supervisor.role", notSupervisor.errors().get(0).messageKey());
        assertEquals(RequestStatus.RESOLVED, request.status());
        assertTrue(request.rating().isEmpty());
    }

    @ParameterizedTest(name = "rating {0}")
    @ValueSource(ints = {0, 6, -1, 10})
    void refusesRatingsOutsideOneToFive(int rating) {
        ServiceRequest request = inStatus(RequestStatus.RESOLVED, time);

        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> request.recordCitizenReturnVisit(rating, null, SUPERVISOR, time.next()));

        assertEquals("rating", refusal.errors().get(0).field());
        assertEquals(RequestStatus.RESOLVED, request.status());
        assertEquals(RequestStatus.RESOLVED, lastEvent(request).to());
    }

    @Test
    void onlyAClerkRecordsAReturnVisitForTheCitizen() {
        ServiceRequest request = inStatus(RequestStatus.RESOLVED, time);

        assertThrows(ForbiddenMove.class, () -> request.recordReturnVisit(SUPERVISOR, 5, null, null, time.next()));
        assertThrows(ForbiddenMove.class, () -> request.recordReturnVisit(handler(), 5, null, null, time.next()));
        assertThrows(ForbiddenMove.class, () -> request.recordReturnVisit(ADMIN, 5, null, null, time.next()));
        assertFalse(request.status().isFinal());
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"RESOLVED", "FOLLOWED_UP"}, mode = EnumSource.Mode.EXCLUDE)
    void isOnlyPossibleOnceTheCitizenHadAReply(RequestStatus status) {
        ServiceRequest request = inStatus(status, time);

        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> request.recordCitizenReturnVisit(5, null, null, time.next()));

        assertEquals(EventAction.RETURN_VISITED, violation.action());
        assertEquals(status, violation.status());
    }
    @Test
    void aReopenedRequestWhoseSupervisorLeftGoesToAnotherForColleaguesEyesOnly() {
        ServiceRequest request = inStatus(RequestStatus.RESOLVED, time);
        request.recordCitizenReturnVisit(1, "问题根本没解决", SUPERVISOR, time.next());
        Instant now = time.next();

        request.handOver("qian.feng", "admin", now);

        RequestEvent event = lastEvent(request);
        assertAll(
                () -> assertEquals(RequestStatus.IN_PROGRESS, request.status(), "the loop goes on where it was"),
                () -> assertEquals("qian.feng", request.assignee().orElseThrow()),
                () -> assertEquals(EventAction.HANDED_OVER, event.action()),
                () -> assertEquals(RequestStatus.IN_PROGRESS, event.from()),
                () -> assertEquals(RequestStatus.IN_PROGRESS, event.to()),
                () -> assertEquals("admin", event.actor()),
                () -> assertEquals(SUPERVISOR.username() + " → qian.feng", event.note()),
                () -> assertEquals("qian.feng", event.assignedTo().orElseThrow()),
                () -> assertFalse(event.isPublic()),
                () -> assertEquals(now, request.updatedAt()));

        request.handOver(null, "admin", time.next());
        assertTrue(request.assignee().isEmpty(), "no supervisor left: nobody holds it");
        assertEquals("qian.feng → —", lastEvent(request).note());
    }

    @Test
    void aClosedRequestIsHandedToNobody() {
        ServiceRequest request = inStatus(RequestStatus.RESOLVED, time);
        request.recordCitizenReturnVisit(5, null, null, time.next());

        assertThrows(LifecycleViolation.class, () -> request.handOver("qian.feng", "admin", time.next()));
        assertEquals(RequestStatus.CLOSED, request.status());
    }
}
