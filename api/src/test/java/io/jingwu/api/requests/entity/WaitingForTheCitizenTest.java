package io.jingwu.api.requests.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.jingwu.api.requests.entity.LifecycleFixtures.CLERK;
import static io.jingwu.api.requests.entity.LifecycleFixtures.handler;
import static io.jingwu.api.requests.entity.LifecycleFixtures.inStatus;
import static io.jingwu.api.requests.entity.LifecycleFixtures.lastEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** While the handler waits for the citizen's answer the SLA clock stands still; the request keeps the time waited. */
class WaitingForTheCitizenTest {

    private final LifecycleFixtures.Ticks time = new LifecycleFixtures.Ticks();

    @Test
    void recordsWhenTheWaitBeganAndAddsUpEveryWaitOnceAnswered() {
        ServiceRequest request = inStatus(RequestStatus.IN_PROGRESS, time);
        Instant asked = time.next();

        request.askCitizen(handler(), "请提供工资条照片。", asked);
        assertEquals(asked, request.citizenWait().since().orElseThrow());
        assertEquals(Duration.ZERO, request.citizenWait().pausedTime());

        request.citizenAnswers("照片已上传。", asked.plus(Duration.ofHours(2)));
        assertTrue(request.citizenWait().since().isEmpty());
        assertEquals(Duration.ofHours(2), request.citizenWait().pausedTime());

        Instant askedAgain = asked.plus(Duration.ofHours(3));
        request.askCitizen(CLERK, "老板的联系电话是？", askedAgain);
        request.citizenAnswers("13900139000", askedAgain.plus(Duration.ofMinutes(30)));

        assertEquals(Duration.ofMinutes(150), request.citizenWait().pausedTime());
        assertEquals(RequestStatus.IN_PROGRESS, request.status());
    }

    @Test
    void theQuestionAndTheAnswerAreOnTheCitizensTimeline() {
        ServiceRequest request = inStatus(RequestStatus.IN_PROGRESS, time);

        request.askCitizen(handler(), "请问事发具体地址？", time.next());
        RequestEvent question = lastEvent(request);
        request.citizenAnswers("大港路 88 号三楼。", time.next());
        RequestEvent answer = lastEvent(request);

        assertEquals("请问事发具体地址？", question.note());
        assertEquals(LifecycleFixtures.HANDLER_NAME, question.actor());
        assertTrue(question.isPublic());
        assertEquals("大港路 88 号三楼。", answer.note());
        assertEquals(ServiceRequest.CITIZEN, answer.actor());
        assertTrue(answer.isPublic());
    }

    @Test
    void withdrawingWhileAskedEndsTheWait() {
        ServiceRequest request = inStatus(RequestStatus.IN_PROGRESS, time);
        Instant asked = time.next();
        request.askCitizen(handler(), "请提供合同。", asked);

        request.withdraw(null, asked.plus(Duration.ofDays(1)));

        assertEquals(RequestStatus.WITHDRAWN, request.status());
        assertTrue(request.citizenWait().since().isEmpty());
        assertEquals(Duration.ofDays(1), request.citizenWait().pausedTime());
        assertEquals(null, lastEvent(request).note());
    }
}
