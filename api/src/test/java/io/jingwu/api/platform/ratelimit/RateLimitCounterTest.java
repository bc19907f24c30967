package io.jingwu.api.platform.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counting of a sliding window from two fixed windows' counts (the class comment's arithmetic); no database. */
class RateLimitCounterTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** The start of a fixed one-minute window. */
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    private static RateLimitCounter counter(double seconds) {
        return new RateLimitCounter("b", "s", at(seconds), MINUTE);
    }

    /** How many of {@code tries} hits at {@code seconds} are admitted. */
    private static int admitted(RateLimitCounter counter, double seconds, int limit, int tries) {
        int admitted = 0;
        for (int i = 0; i < tries; i++) {
            admitted += counter.tryHit(at(seconds), limit, MINUTE) ? 1 : 0;
        }
        return admitted;
    }

    @Test
    void windowsAreAlignedOnTheEpoch() {
        assertEquals(T0, RateLimitCounter.startOf(at(59.999), MINUTE));
        assertEquals(at(60), RateLimitCounter.startOf(at(60), MINUTE));
        assertEquals(Instant.parse("2026-12-07T00:00:00Z"),
                RateLimitCounter.startOf(Instant.parse("2026-12-07T23:59:59Z"), Duration.ofDays(1)));
    }

    @Test
    void theLimitIsAdmittedAndARefusedHitIsNotCounted() {
        RateLimitCounter counter = counter(5);

        assertEquals(3, admitted(counter, 5, 3, 10));
        assertTrue(counter.tryHit(at(30), 4, MINUTE), "the seven refusals counted nothing: a fourth fits a limit of 4");
        assertFalse(counter.tryHit(at(30), 4, MINUTE));
    }

    @Test
    void aBurstAtTheEndOfAWindowCountsInFullUntilItHasLeftTheSlidingWindow() {
        RateLimitCounter counter = counter(59);
        assertEquals(30, admitted(counter, 59.5, 30, 30));

        assertFalse(counter.tryHit(at(60.5), 30, MINUTE), "just after the window changed");
        assertFalse(counter.tryHit(at(119.4), 30, MINUTE), "a minute after the burst, less a tenth of a second");
        assertEquals(30, admitted(counter, 119.6, 30, 31), "the burst has left the sliding window");
    }

    @Test
    void hitsSpreadOverThePreviousWindowLeaveAsTheSlidingWindowPassesThem() {
        RateLimitCounter counter = counter(0);
        for (int second = 10; second <= 46; second += 4) {
            assertTrue(counter.tryHit(at(second), 10, MINUTE), "at " + second + " s");
        }

        // at 88 s the sliding window starts at 28 s: half the span of the ten hits from 10 s to 46 s is inside it
        assertEquals(5, admitted(counter, 88, 10, 10), "5 estimated inside, as many as there are");
        assertEquals(2, admitted(counter, 97, 10, 5), "a quarter of their span: 2.5 estimated (3 are inside)");
        assertEquals(3, admitted(counter, 106, 10, 5), "all ten have left: only the 7 new ones count");
    }

    @Test
    void countsOlderThanTheWindowBeforeTheCurrentOneCountNothing() {
        RateLimitCounter counter = counter(0);
        assertEquals(3, admitted(counter, 59.9, 3, 3));

        assertEquals(3, admitted(counter, 120, 3, 5), "two windows on: a new allowance");
    }

    @Test
    void aTakenBackHitFreesRoomInItsWindowAndThenInThePreviousOne() {
        RateLimitCounter counter = counter(50);
        assertEquals(2, admitted(counter, 50, 2, 2));
        counter.takeBack(at(55), MINUTE);
        assertTrue(counter.tryHit(at(56), 2, MINUTE));

        counter.takeBack(at(61), MINUTE);
        assertEquals(1, admitted(counter, 62, 2, 2), "the previous window's hit was given back");
        counter.takeBack(at(63), MINUTE);
        counter.takeBack(at(63), MINUTE);
        counter.takeBack(at(63), MINUTE);
        assertEquals(2, admitted(counter, 64, 2, 3), "never fewer than no hits");
    }

    @Test
    void aClockBehindTheLastWritersCountsInTheNewerWindow() {
        RateLimitCounter counter = counter(0);
        assertEquals(2, admitted(counter, 60.2, 2, 2));

        assertFalse(counter.tryHit(at(59.9), 2, MINUTE), "an instance whose clock is 0.3 s behind");
    }

    @Test
    void anUnlimitedCountNeverRefusesAndTheCounterExpiresTwoWindowsAfterItsWindowStarted() {
        RateLimitCounter counter = counter(12);

        assertEquals(5, admitted(counter, 12, Integer.MAX_VALUE, 5));
        assertEquals(at(120), counter.expiresAt());
        counter.tryHit(at(75), Integer.MAX_VALUE, MINUTE);
        assertEquals(at(180), counter.expiresAt());
    }

    @Test
    void aLimitOfNoneAdmitsNothing() {
        assertEquals(0, admitted(counter(0), 1, 0, 3));
    }
}
