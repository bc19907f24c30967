package io.jingwu.api.requests.entity;

import io.jingwu.api.catalogue.entity.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.List;

import static io.jingwu.api.requests.entity.LifecycleFixtures.CLERK;
import static io.jingwu.api.requests.entity.LifecycleFixtures.HANDLER_NAME;
import static io.jingwu.api.requests.entity.LifecycleFixtures.SUPERVISOR;
import static io.jingwu.api.requests.entity.LifecycleFixtures.handler;
import static io.jingwu.api.requests.entity.LifecycleFixtures.inStatus;
import static io.jingwu.api.requests.entity.LifecycleFixtures.lastEvent;
import static io.jingwu.api.requests.entity.LifecycleFixtures.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trail: one event per move, the citizen's part told apart from the staff's, never rewritten. */
class EventTrailTest {

    private final LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();

    @Test
    void aWholeLoopLeavesOneEventPerMoveInOrder() {
        ServiceRequest request = submitted();
        request.accept(CLERK, time.next());
        request.changePriority(CLERK, Priority.HIGH, time.next());
        request.dispatch(SUPERVISOR, HANDLER_NAME, time.next());
        request.startHandling(handler(), time.next());
        request.addInternalNote(handler(), "老板电话无人接听，明日再联系。", time.next());
        request.askCitizen(handler(), "请提供工资条。", time.next());
        request.citizenAnswers("已上传。", time.next());
        request.replyToCitizen(handler(), "已协调付清。", time.next());
        request.followUp(CLERK, "已核实到账。", time.next());
        request.recordCitizenReturnVisit(5, "谢谢", null, time.next());

        List<String> trail = request.events().stream()
                .map(e -> e.action() + ":" + e.from() + ">" + e.to() + ":" + e.actor() + ":" + e.visibility())
                .toList();
        assertEquals(List.of(
                "SUBMITTED:null>SUBMITTED:citizen:PUBLIC",
                "ACCEPTED:SUBMITTED>ACCEPTED:li.na:PUBLIC",
                "PRIORITY_CHANGED:ACCEPTED>ACCEPTED:li.na:INTERNAL",
                "DISPATCHED:ACCEPTED>DISPATCHED:wang.jun:PUBLIC",
                "HANDLING_STARTED:DISPATCHED>IN_PROGRESS:zhao.lei:PUBLIC",
                "NOTE_ADDED:IN_PROGRESS>IN_PROGRESS:zhao.lei:INTERNAL",
                "CITIZEN_ASKED:IN_PROGRESS>AWAITING_CITIZEN:zhao.lei:PUBLIC",
                "CITIZEN_ANSWERED:AWAITING_CITIZEN>IN_PROGRESS:citizen:PUBLIC",
                "REPLIED:IN_PROGRESS>RESOLVED:zhao.lei:PUBLIC",
                "FOLLOWED_UP:RESOLVED>FOLLOWED_UP:li.na:PUBLIC",
                "RETURN_VISITED:FOLLOWED_UP>CLOSED:citizen:PUBLIC"), trail);
        assertTrue(request.events().stream().filter(RequestEvent::isPublic)
                .noneMatch(e -> e.note() != null && e.note().contains("老板电话无人接听")));
        assertEquals(request.events().get(request.events().size() - 1).occurredAt(), request.updatedAt());
    }

    @Test
    void remembersWhenTheLoopReachedEachStage() {
        ServiceRequest request = submitted();
        Instant accepted = time.next();
        request.accept(CLERK, accepted);
        request.startHandling(CLERK, time.next());
        Instant replied = time.next();
        request.replyToCitizen(CLERK, "已处理。", replied);
        Instant closed = time.next();
        request.recordReturnVisit(CLERK, 3, null, null, closed);

        assertEquals(accepted, request.milestones().acceptedAt().orElseThrow());
        assertEquals(replied, request.milestones().resolvedAt().orElseThrow());
        assertEquals(closed, request.milestones().closedAt().orElseThrow());
    }

    @Test
    void whoeverStartsAnUndispatchedRequestBecomesItsHandler() {
        ServiceRequest request = inStatus(RequestStatus.ACCEPTED, time);

        request.startHandling(SUPERVISOR, time.next());

        assertEquals(SUPERVISOR.username(), request.handler().orElseThrow());
        assertEquals(SUPERVISOR.username(), lastEvent(request).assignedTo().orElseThrow());
        assertEquals(CLERK.username(), request.assignee().orElseThrow());
    }

    @Test
    void aDispatchRecordsTheHandlerItGaveTheRequestTo() {
        ServiceRequest request = inStatus(RequestStatus.ACCEPTED, time);

        request.dispatch(CLERK, "织里民生服务队", time.next());

        assertEquals("织里民生服务队", request.handler().orElseThrow());
        assertEquals("织里民生服务队", lastEvent(request).assignedTo().orElseThrow());
    }

    @Test
    void aPriorityChangeIsForStaffOnlyAndTheSamePriorityAgainIsNoMove() {
        ServiceRequest request = inStatus(RequestStatus.DISPATCHED, time);

        request.changePriority(SUPERVISOR, Priority.URGENT, time.next());
        RequestEvent event = lastEvent(request);
        request.changePriority(CLERK, Priority.URGENT, time.next());

        assertEquals(Priority.URGENT, request.priority());
        assertEquals(EventAction.PRIORITY_CHANGED, event.action());
        assertEquals("NORMAL → URGENT", event.note());
        assertFalse(event.isPublic());
        assertEquals(event, lastEvent(request));
        assertEquals(RequestStatus.DISPATCHED, request.status());
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"CLOSED", "REJECTED", "MERGED", "WITHDRAWN"})
    void theFinalStatusesKeepTheirPriorityButStillTakeInternalNotes(RequestStatus status) {
        ServiceRequest request = inStatus(status, time);

        LifecycleViolation violation = org.junit.jupiter.api.Assertions.assertThrows(LifecycleViolation.class,
                () -> request.changePriority(CLERK, Priority.HIGH, time.next()));
        request.addInternalNote(SUPERVISOR, "复核：处理合规。", time.next());

        assertEquals(EventAction.PRIORITY_CHANGED, violation.action());
        assertEquals(Priority.NORMAL, request.priority());
        assertEquals(status, request.status());
        assertEquals(EventVisibility.INTERNAL, lastEvent(request).visibility());
        assertEquals("复核：处理合规。", lastEvent(request).note());
    }

    @Test
    void everyColumnOfAnEventIsWrittenOnceAndNeverUpdated() {
        for (Field field : RequestEvent.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Id.class)) {
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            JoinColumn join = field.getAnnotation(JoinColumn.class);
            assertTrue(column != null || join != null, field.getName() + " must declare its column as not updatable");
            assertFalse(column != null && column.updatable(), field.getName() + " is updatable");
            assertFalse(join != null && join.updatable(), field.getName() + " is updatable");
        }
    }

    @Test
    void theTrailHandedOutCannotBeRewritten() {
        ServiceRequest request = submitted();

        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> request.events().clear());
        assertEquals(1, request.events().size());
    }
}
