package io.jingwu.api.platform.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counting of a sliding window in sixtieths of it (the class comment's arithmetic); no database. */
class RateLimitCounterTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** The start of a minute. */
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
    void slotsAreSixtiethsOfTheWindowAlignedOnTheEpoch() {
        assertEquals(Duration.ofSeconds(1), RateLimitCounter.slot(MINUTE));
        assertEquals(Duration.ofMinutes(24), RateLimitCounter.slot(Duration.ofDays(1)));
        assertEquals(at(59), RateLimitCounter.startOf(at(59.999), Duration.ofSeconds(1)));
        assertEquals(Instant.parse("2026-12-07T23:36:00Z"),
                RateLimitCounter.startOf(Instant.parse("2026-12-07T23:59:59Z"), Duration.ofMinutes(24)));
    }

    @Test
    void theLimitIsAdmittedAndARefusedHitIsNotCounted() {
        RateLimitCounter counter = counter(5);

        assertEquals(3, admitted(counter, 5, 3, 10));
        assertTrue(counter.tryHit(at(30), 4, MINUTE), "the seven refusals counted nothing: a fourth fits a limit of 4");
        assertFalse(counter.tryHit(at(30), 4, MINUTE));
    }

    @Test
    void aHitCountsForTheWindowAndAtMostOneSlotMore() {
        RateLimitCounter counter = counter(59);
        assertEquals(30, admitted(counter, 59.5, 30, 30));

        assertFalse(counter.tryHit(at(60.5), 30, MINUTE), "just after the minute changed");
        assertFalse(counter.tryHit(at(119.6), 30, MINUTE), "a minute after the burst: its second is not over");
        assertEquals(30, admitted(counter, 120, 30, 31), "a minute and half a second after the burst");
    }

    @Test
    void hitsLeaveTheWindowSecondBySecond() {
        RateLimitCounter counter = counter(0);
        for (int second = 10; second <= 46; second += 4) {
            assertTrue(counter.tryHit(at(second), 10, MINUTE), "at " + second + " s");
        }

        // at 88.5 s the window starts at 28.5 s: the hits from 30 s to 46 s are in it
        assertEquals(5, admitted(counter, 88.5, 10, 10), "5 in the window, so 5 more");
        assertEquals(2, admitted(counter, 97.5, 10, 5), "the hits at 38, 42 and 46 s and the 5 new ones");
        assertEquals(2, admitted(counter, 106.5, 10, 5), "the hit at 46 s counts until its second has left, at 107 s");
        assertEquals(1, admitted(counter, 107, 10, 5));
    }

    @Test
    void neverMoreThanTheLimitInAnyWindowAndRefusedOnlyWhenTheWindowAndOneSlotHoldTheLimit() {
        Random random = new Random(7);
        int limit = 20;
        RateLimitCounter counter = counter(0);
        List<Long> admitted = new ArrayList<>();
        long millis = 0;
        for (int attempt = 0; attempt < 5000; attempt++) {
            millis += random.nextInt(random.nextInt(10) == 0 ? 20_000 : 1_500);
            Instant now = T0.plusMillis(millis);
            long last = millis;
            long inWindow = admitted.stream().filter(t -> t > last - 60_000).count();
            long inWindowAndASlot = admitted.stream().filter(t -> t >= (last / 1000 - 60) * 1000).count();
            if (counter.tryHit(now, limit, MINUTE)) {
                admitted.add(millis);
                assertTrue(inWindow + 1 <= limit, "admitted with " + inWindow + " in the window at " + millis);
            } else {
                assertTrue(inWindowAndASlot >= limit, "refused with " + inWindowAndASlot + " at " + millis);
            }
        }
        assertTrue(admitted.size() > 1000, "the limit was reached often, and admitted often: " + admitted.size());
    }

    @Test
    void countsThatLeftTheWindowCountNothing() {
        RateLimitCounter counter = counter(0);
        assertEquals(3, admitted(counter, 59.9, 3, 3));

        assertEquals(3, admitted(counter, 125, 3, 5), "a minute and five seconds later: a new allowance");
    }

    @Test
    void aTakenBackHitIsTheNewest() {
        RateLimitCounter counter = counter(50);
        assertEquals(2, admitted(counter, 50, 2, 2));
        counter.takeBack(at(55), MINUTE);
        assertTrue(counter.tryHit(at(56), 2, MINUTE));

        counter.takeBack(at(61), MINUTE);
        assertEquals(1, admitted(counter, 62, 2, 2), "the hit at 56 s was given back, the one at 50 s still counts");
        assertEquals(1, admitted(counter, 111, 2, 2), "the one at 50 s has left");
        counter.takeBack(at(112), MINUTE);
        counter.takeBack(at(112), MINUTE);
        counter.takeBack(at(112), MINUTE);
        assertEquals(2, admitted(counter, 113, 2, 3), "never fewer than no hits");
    }

    @Test
    void aClockBehindTheLastWritersCountsInTheNewerSlot() {
        RateLimitCounter counter = counter(0);
        assertEquals(2, admitted(counter, 70.2, 2, 2));

        assertFalse(counter.tryHit(at(69.9), 2, MINUTE), "an instance whose clock is 0.3 s behind");
        assertEquals(at(70), counter.slotStart());
    }

    @Test
    void anUnlimitedCountNeverRefusesAndTheCounterExpiresWhenItsNewestSlotHasLeftTheWindow() {
        RateLimitCounter counter = counter(12.5);

        assertEquals(5, admitted(counter, 12.5, Integer.MAX_VALUE, 5));
        assertEquals(at(73), counter.expiresAt());
        counter.tryHit(at(75), Integer.MAX_VALUE, MINUTE);
        assertEquals(at(136), counter.expiresAt());
    }

    @Test
    void aLimitOfNoneAdmitsNothing() {
        assertEquals(0, admitted(counter(0), 1, 0, 3));
    }
}
