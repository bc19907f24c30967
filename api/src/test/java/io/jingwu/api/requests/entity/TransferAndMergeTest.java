package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.problems.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static io.jingwu.api.requests.entity.LifecycleFixtures.CLERK;
import static io.jingwu.api.requests.entity.LifecycleFixtures.OTHER_UNIT_CLERK;
import static io.jingwu.api.requests.entity.LifecycleFixtures.SUPERVISOR;
import static io.jingwu.api.requests.entity.LifecycleFixtures.WUXING_VETERANS;
import static io.jingwu.api.requests.entity.LifecycleFixtures.ZHILI_LIVELIHOOD;
import static io.jingwu.api.requests.entity.LifecycleFixtures.inStatus;
import static io.jingwu.api.requests.entity.LifecycleFixtures.lastEvent;
import static io.jingwu.api.requests.entity.LifecycleFixtures.submitted;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Transfers count as back-flow (回流); merges end a duplicate and point at the request that goes on. */
class TransferAndMergeTest {

    private final LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();

    @Test
    void aTransferPutsTheRequestBackInTheNewUnitsQueueAndCountsOneBackFlow() {
        ServiceRequest request = inStatus(RequestStatus.IN_PROGRESS, time);
        Instant now = time.next();

        request.transferTo(WUXING_VETERANS, SUPERVISOR, "邻里纠纷，转老兵驿站调解。", now);

        RequestEvent event = lastEvent(request);
        assertAll(
                () -> assertEquals(RequestStatus.SUBMITTED, request.status()),
                () -> assertSame(WUXING_VETERANS, request.unit()),
                () -> assertEquals(1, request.routing().backflowCount()),
                () -> assertTrue(request.assignee().isEmpty()),
                () -> assertTrue(request.handler().isEmpty()),
                () -> assertTrue(request.milestones().acceptedAt().isEmpty()),
                () -> assertEquals(now, request.milestones().queuedAt()),
                () -> assertEquals(EventAction.TRANSFERRED, event.action()),
                () -> assertEquals(RequestStatus.IN_PROGRESS, event.from()),
                () -> assertEquals("邻里纠纷，转老兵驿站调解。", event.note()),
                () -> assertSame(WUXING_VETERANS, event.toUnit().orElseThrow()),
                () -> assertTrue(event.isPublic()));
    }

    @Test
    void theNewUnitWorksItAsAnyOtherAndEveryTransferCounts() {
        ServiceRequest request = inStatus(RequestStatus.ACCEPTED, time);
        request.transferTo(WUXING_VETERANS, CLERK, "不属于本单位。", time.next());

        Instant acceptedAgain = time.next();
        request.accept(OTHER_UNIT_CLERK, acceptedAgain);
        request.transferTo(ZHILI_LIVELIHOOD, OTHER_UNIT_CLERK, "涉及欠薪，应由民生服务队处理。", time.next());

        assertEquals(2, request.routing().backflowCount());
        assertSame(ZHILI_LIVELIHOOD, request.unit());
        assertEquals(OTHER_UNIT_CLERK.username(), request.events().get(3).actor());
        assertEquals(OTHER_UNIT_CLERK.username(), request.events().get(3).assignedTo().orElseThrow());
    }

    @Test
    void aSubmissionIsNotABackFlow() {
        ServiceRequest request = submitted();

        assertEquals(0, request.routing().backflowCount());
        assertSame(ZHILI_LIVELIHOOD, lastEvent(request).toUnit().orElseThrow());
        assertEquals(request.createdAt(), request.milestones().queuedAt());
    }

    @Test
    void refusesATransferToTheUnitItIsAlreadyIn() {
        ServiceRequest request = inStatus(RequestStatus.ACCEPTED, time);

        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> request.transferTo(LifecycleFixtures.unit(6L, "HUZ-ZL-LIVELIHOOD", ZHILI_LIVELIHOOD.kind()),
                        CLERK, "再转一次", time.next()));

        assertEquals("unit", refusal.errors().get(0).field());
        assertEquals(0, request.routing().backflowCount());
        assertEquals(RequestStatus.ACCEPTED, request.status());
    }

    @Test
    void aMergedRequestEndsAndRemembersTheOneThatGoesOn() {
        ServiceRequest original = inStatus(RequestStatus.IN_PROGRESS, time);
        ServiceRequest duplicate = inStatus(RequestStatus.ACCEPTED, time);
        int originalEvents = original.events().size();
        Instant now = time.next();

        duplicate.mergeInto(original, CLERK, now);

        assertAll(
                () -> assertEquals(RequestStatus.MERGED, duplicate.status()),
                () -> assertTrue(duplicate.status().isFinal()),
                () -> assertSame(original, duplicate.mergedInto().orElseThrow()),
                () -> assertEquals(now, duplicate.milestones().closedAt().orElseThrow()),
                () -> assertEquals(EventAction.MERGED, lastEvent(duplicate).action()),
                () -> assertEquals(RequestStatus.IN_PROGRESS, original.status()),
                () -> assertEquals(originalEvents, original.events().size()));
        assertThrows(LifecycleViolation.class, () -> duplicate.accept(CLERK, time.next()));
    }

    @Test
    void refusesToMergeARequestIntoItself() {
        ServiceRequest request = submitted();

        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> request.mergeInto(request, CLERK, time.next()));

        assertEquals("target", refusal.errors().get(0).field());
        assertEquals("lifecycle.merge.self", refusal.errors().get(0).messageKey());
        assertEquals(RequestStatus.SUBMITTED, request.status());
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"CLOSED", "REJECTED", "MERGED", "WITHDRAWN"})
    void refusesToMergeIntoARequestThatIsFinal(RequestStatus targetStatus) {
        ServiceRequest duplicate = submitted();
        ServiceRequest finished = inStatus(targetStatus, time);

        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> duplicate.mergeInto(finished, CLERK, time.next()));

        assertTrue(violation.concernsMergeTarget());
        assertEquals(EventAction.MERGED, violation.action());
        assertEquals(targetStatus, violation.status());
        assertEquals(RequestStatus.SUBMITTED, duplicate.status());
        assertTrue(duplicate.mergedInto().isEmpty());
    }
}
