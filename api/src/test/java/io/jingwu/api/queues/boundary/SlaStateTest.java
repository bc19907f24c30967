package io.jingwu.api.queues.boundary;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SlaStateTest {

    private static final Instant DUE = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant WARN = Instant.parse("2026-03-02T09:45:00Z");

    @Test
    void onTimeBeforeTheWarningTime() {
        assertEquals(SlaState.ON_TIME, SlaState.at(WARN.minusSeconds(1), DUE, WARN, false));
    }

    @Test
    void nearFromTheWarningTimeUntilTheDeadline() {
        assertEquals(SlaState.NEAR, SlaState.at(WARN, DUE, WARN, false));
        assertEquals(SlaState.NEAR, SlaState.at(DUE.minusMillis(1), DUE, WARN, false));
    }

    @Test
    void breachedFromTheDeadlineOn() {
        assertEquals(SlaState.BREACHED, SlaState.at(DUE, DUE, WARN, false));
        assertEquals(SlaState.BREACHED, SlaState.at(DUE.plusSeconds(86_400), DUE, WARN, false));
    }

    @Test
    void withoutAWarningTimeItIsOnTimeUntilTheDeadline() {
        assertEquals(SlaState.ON_TIME, SlaState.at(DUE.minusSeconds(1), DUE, null, false));
    }

    @Test
    void waitingForTheCitizenIsPausedWhateverTheTime() {
        assertEquals(SlaState.PAUSED, SlaState.at(DUE.plusSeconds(60), null, null, true));
    }

    @Test
    void noRunningStageHasNoState() {
        assertNull(SlaState.at(DUE, null, null, false));
    }
}
