package io.jingwu.api.platform.ratelimit;

import io.jingwu.api.staff.MutableClock;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.SeparateTransaction;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits as callers use them ({@link RateLimits#tryHit}, {@link RateLimits#takeBack}), counted by the database. */
class RateLimitsDatabaseTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:15:00Z"));
    private final RateLimits limits = limitsOn(database.em(), clock);
    /** Each test counts under a subject of its own: hits that other tests committed never mix in. */
    private final String subject = "+86138" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theLimitIsLetThroughThenRefusedUntilTheOldestHitLeavesTheWindow() {
        assertTrue(limits.tryHit("codes-per-phone", subject, 3, HOUR));
        clock.advance(Duration.ofMinutes(10));
        assertTrue(limits.tryHit("codes-per-phone", subject, 3, HOUR));
        clock.advance(Duration.ofMinutes(10));
        assertTrue(limits.tryHit("codes-per-phone", subject, 3, HOUR));
        clock.advance(Duration.ofMinutes(10));
        assertFalse(limits.tryHit("codes-per-phone", subject, 3, HOUR));
        clock.advance(Duration.ofMinutes(29));
        assertFalse(limits.tryHit("codes-per-phone", subject, 3, HOUR), "59 minutes after the first hit");

        clock.advance(Duration.ofMinutes(2));
        assertTrue(limits.tryHit("codes-per-phone", subject, 3, HOUR), "the first hit left the window");
        assertFalse(limits.tryHit("codes-per-phone", subject, 3, HOUR), "the refused ones were never counted");
        clock.advance(Duration.ofMinutes(10));
        assertTrue(limits.tryHit("codes-per-phone", subject, 3, HOUR), "the second hit left the window");
    }

    @Test
    void eachSubjectAndEachBucketHasItsOwnCount() {
        assertTrue(limits.tryHit("codes-per-phone", subject, 1, HOUR));
        assertFalse(limits.tryHit("codes-per-phone", subject, 1, HOUR));

        assertTrue(limits.tryHit("codes-per-phone", subject + "0", 1, HOUR), "another phone");
        assertTrue(limits.tryHit("verifications-per-phone", subject, 1, HOUR), "the same phone, another limit");
    }

    @Test
    void aHitTakenBackNoLongerCounts() {
        assertTrue(limits.tryHit("failed-sign-ins", subject, 2, HOUR));
        assertTrue(limits.tryHit("failed-sign-ins", subject, 2, HOUR));
        assertFalse(limits.tryHit("failed-sign-ins", subject, 2, HOUR));

        limits.takeBack("failed-sign-ins", subject, HOUR);

        assertTrue(limits.tryHit("failed-sign-ins", subject, 2, HOUR));
        assertFalse(limits.tryHit("failed-sign-ins", subject, 2, HOUR));
    }

    @Test
    void takingBackOneHitLeavesTheOthersAndOtherSubjectsCounted() {
        String other = subject + "0";
        assertTrue(limits.tryHit("failed-sign-ins", subject, 2, HOUR));
        assertTrue(limits.tryHit("failed-sign-ins", subject, 2, HOUR));
        assertTrue(limits.tryHit("failed-sign-ins", other, 1, HOUR));

        limits.takeBack("failed-sign-ins", subject, HOUR);
        limits.takeBack("failed-sign-ins", subject + "1", HOUR); // nothing to take back: nothing happens

        assertTrue(limits.tryHit("failed-sign-ins", subject, 2, HOUR));
        assertFalse(limits.tryHit("failed-sign-ins", subject, 2, HOUR), "only one hit was taken back");
        assertFalse(limits.tryHit("failed-sign-ins", other, 1, HOUR), "another subject's hit stays");
    }

    @Test
    void twoInstancesHittingAtOnceNeverLetMoreThanTheLimitThrough() throws Exception {
        Clock fixed = Clock.fixed(clock.instant(), clock.getZone());
        try (SeparateTransaction first = SeparateTransaction.begin()) {
            assertTrue(limitsOn(first.em(), fixed).tryHit("codes-per-phone", subject, 1, HOUR));

            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
                try (SeparateTransaction other = SeparateTransaction.begin()) {
                    boolean allowed = limitsOn(other.em(), fixed).tryHit("codes-per-phone", subject, 1, HOUR);
                    other.commit();
                    return allowed;
                }
            });
            Thread.sleep(300); // the second call has reached the database and takes its turn
            first.commit();

            assertEquals(false, second.get(30, TimeUnit.SECONDS), "the first hit was already counted");
        }
    }

    private static RateLimits limitsOn(EntityManager em, Clock clock) {
        RateLimitCounters counters = new RateLimitCounters();
        counters.em = em;
        counters.clock = clock;
        RateLimits limits = new RateLimits();
        limits.counters = counters;
        return limits;
    }
}
