package io.jingwu.api.fraud.warnings.entity;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FraudWarningTest {

    private static final Instant PUBLISHED = Instant.parse("2026-12-01T02:00:00Z");

    private static FraudWarning published() {
        return new FraudWarning(new WarningArea("330500", "3305"), new WarningTexts("警惕冒充客服退款诈骗。", null, null),
                ScamKind.FAKE_CUSTOMER_SERVICE, "keeper", PUBLISHED);
    }

    @Test
    void batchesCountWhatTheyQueuedAndMoveTheCursorOnlyForward() {
        FraudWarning warning = published();
        assertEquals("", warning.cursor());

        warning.queuedUpTo("3a", 200, PUBLISHED.plusSeconds(1));
        warning.queuedUpTo("9f", 150, PUBLISHED.plusSeconds(2));

        assertEquals(350, warning.queued());
        assertEquals("9f", warning.cursor());
        assertThrows(IllegalStateException.class, () -> warning.queuedUpTo("9f", 1, PUBLISHED.plusSeconds(3)),
                "the same phones twice");
        assertThrows(IllegalStateException.class, () -> warning.queuedUpTo("3a", 1, PUBLISHED.plusSeconds(3)));
        assertEquals(350, warning.queued());
    }

    @Test
    void aCompletedWarningQueuesNothingMore() {
        FraudWarning warning = published();
        assertFalse(warning.completed());
        warning.complete(PUBLISHED.plusSeconds(5));
        warning.complete(PUBLISHED.plusSeconds(9));

        assertTrue(warning.completed());
        assertEquals(Optional.of(PUBLISHED.plusSeconds(5)), warning.completedAt());
        assertThrows(IllegalStateException.class, () -> warning.queuedUpTo("ff", 1, PUBLISHED.plusSeconds(10)));
        assertEquals(Optional.of(ScamKind.FAKE_CUSTOMER_SERVICE), warning.scamKind());
        assertEquals("3305", warning.area().prefix());
    }
}
