package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.jingwu.api.requests.entity.LifecycleFixtures.CLERK;
import static io.jingwu.api.requests.entity.LifecycleFixtures.WUXING_VETERANS;
import static io.jingwu.api.requests.entity.LifecycleFixtures.handler;
import static io.jingwu.api.requests.entity.LifecycleFixtures.inStatus;
import static io.jingwu.api.requests.entity.LifecycleFixtures.lastEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reasons, questions, answers, replies, handlers and notes: required ones must say something, none may run on. */
class LifecycleInputTest {

    @FunctionalInterface
    interface WithText {
        void apply(ServiceRequest request, String text, Instant now);
    }

    enum Required {
        REJECT_REASON(RequestStatus.ACCEPTED, "reason", ServiceRequest.MAX_TEXT, (r, t, n) -> r.reject(CLERK, t, n)),
        TRANSFER_REASON(RequestStatus.DISPATCHED, "reason", ServiceRequest.MAX_TEXT,
                (r, t, n) -> r.transferTo(WUXING_VETERANS, CLERK, t, n)),
        HANDLER(RequestStatus.ACCEPTED, "handler", ServiceRequest.MAX_HANDLER, (r, t, n) -> r.dispatch(CLERK, t, n)),
        QUESTION(RequestStatus.IN_PROGRESS, "question", ServiceRequest.MAX_TEXT, (r, t, n) -> r.askCitizen(handler(), t, n)),
        ANSWER(RequestStatus.AWAITING_CITIZEN, "answer", ServiceRequest.MAX_TEXT, (r, t, n) -> r.citizenAnswers(t, n)),
        PUBLIC_REPLY(RequestStatus.IN_PROGRESS, "reply", ServiceRequest.MAX_TEXT, (r, t, n) -> r.replyToCitizen(handler(), t, n)),
        INTERNAL_NOTE(RequestStatus.CLOSED, "note", ServiceRequest.MAX_TEXT, (r, t, n) -> r.addInternalNote(CLERK, t, n));

        final RequestStatus from;
        final String field;
        final int max;
        final WithText move;

        Required(RequestStatus from, String field, int max, WithText move) {
            this.from = from;
            this.field = field;
            this.max = max;
            this.move = move;
        }
    }

    static Stream<Arguments> blanks() {
        return Stream.of(Required.values()).flatMap(required -> Stream.of(null, "", "   ", "\t\n\u3000")
                .map(blank -> Arguments.of(required, blank)));
    }

    @ParameterizedTest(name = "{0} <{1}>")
    @MethodSource("blanks")
    void refusesABlankRequiredText(Required required, String blank) {
        LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();
        ServiceRequest request = inStatus(required.from, time);
        int events = request.events().size();

        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> required.move.apply(request, blank, time.next()));

        FieldError error = refusal.errors().get(0);
        assertEquals(required.field, error.field());
        assertEquals("lifecycle." + required.field + ".required", error.messageKey());
        assertEquals(required.from, request.status());
        assertEquals(events, request.events().size());
    }

    @ParameterizedTest
    @EnumSource(Required.class)
    void refusesATextLongerThanAllowedCountingCharactersNotBytes(Required required) {
        LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();
        ServiceRequest request = inStatus(required.from, time);
        String longest = "𠮷".repeat(required.max);

        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> required.move.apply(request, longest + "吉", time.next()));
        assertEquals("lifecycle.text.length", refusal.errors().get(0).messageKey());
        assertEquals(List.of(required.max), refusal.errors().get(0).args());
        assertEquals(required.from, request.status());

        required.move.apply(request, longest, time.next());
        assertEquals(longest, lastEvent(request).note() == null
                ? lastEvent(request).assignedTo().orElseThrow() : lastEvent(request).note());
    }

    @Test
    void storesTextsWithoutSurroundingWhitespace() {
        LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();
        ServiceRequest request = inStatus(RequestStatus.ACCEPTED, time);

        request.dispatch(CLERK, "  民生服务队第二组 \n", time.next());
        request.startHandling(CLERK, time.next());
        request.replyToCitizen(CLERK, "\n已协调付清。 ", time.next());

        assertEquals("民生服务队第二组", request.handler().orElseThrow());
        assertEquals("已协调付清。", lastEvent(request).note());
    }

    @Test
    void optionalTextsMayBeLeftOutAndBlankOnesAreStoredAsNothing() {
        LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();
        ServiceRequest followedUp = inStatus(RequestStatus.RESOLVED, time);
        followedUp.followUp(CLERK, "  ", time.next());
        assertNull(lastEvent(followedUp).note());
        followedUp.recordCitizenReturnVisit(4, null, null, time.next());
        assertNull(lastEvent(followedUp).note());

        ServiceRequest withdrawn = inStatus(RequestStatus.SUBMITTED, time);
        withdrawn.withdraw("", time.next());
        assertNull(lastEvent(withdrawn).note());
    }

    @Test
    void reportsEveryBrokenRuleOfAMoveAtOnce() {
        LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();
        ServiceRequest request = inStatus(RequestStatus.RESOLVED, time);

        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> request.recordCitizenReturnVisit(0, "差".repeat(ServiceRequest.MAX_TEXT + 1), null, time.next()));

        assertEquals(Arrays.asList("rating", "comment"), refusal.errors().stream().map(FieldError::field).toList());
    }
}
