package io.jingwu.api.notifications.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

    @Test
    void waitsThirtySecondsThenTwiceAsLongEachTimeUpToAnHour() {
        List<Long> seconds = IntStream.rangeClosed(1, 10)
                .mapToObj(RetrySchedule::delayAfter).map(Duration::toSeconds).toList();

        assertEquals(List.of(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L, 3600L), seconds);
        assertEquals(Duration.ofHours(1), RetrySchedule.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        RetrySchedule schedule = new RetrySchedule(3);

        assertEquals(Optional.of(NOW.plusSeconds(30)), schedule.nextAttempt(1, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(60)), schedule.nextAttempt(2, NOW));
        assertEquals(Optional.empty(), schedule.nextAttempt(3, NOW));
    }

    @Test
    void aMessageIsRetriedWithTheSameIdUntilItIsGivenUp() {
        OutboxSms sms = new OutboxSms("+8613800138000", "【警务服务】", "notice.accepted", null, NOW);
        String messageId = sms.messageId();
        RetrySchedule schedule = new RetrySchedule(2);

        sms.notDelivered("isv.BUSINESS_LIMIT_CONTROL", NOW, schedule);
        assertEquals(NOW.plusSeconds(30), sms.nextAttemptAt());
        assertEquals(1, sms.attempts());
        assertFalse(sms.failedAt().isPresent());

        Instant later = NOW.plusSeconds(30);
        sms.notDelivered("x".repeat(500), later, schedule);
        assertEquals(Optional.of(later), sms.failedAt());
        assertEquals(2, sms.attempts());
        assertEquals(OutboxSms.MAX_ERROR, sms.lastError().orElseThrow().length());
        assertEquals(messageId, sms.messageId());
    }

    @Test
    void aDeliveredMessageKeepsNoError() {
        OutboxSms sms = new OutboxSms("+8613800138000", "【警务服务】", "notice.accepted", null, NOW);
        sms.notDelivered("timeout", NOW, new RetrySchedule(8));

        sms.delivered(NOW.plusSeconds(30));

        assertEquals(Optional.of(NOW.plusSeconds(30)), sms.sentAt());
        assertEquals(2, sms.attempts());
        assertTrue(sms.lastError().isEmpty());
    }
}
