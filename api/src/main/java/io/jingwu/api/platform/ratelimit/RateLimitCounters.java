package io.jingwu.api.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The counters in the database, each changed in a short transaction of its own: the subject's row is locked
 * ({@code SELECT ... FOR UPDATE}), decided on and written, and committed at once, whatever the caller goes on to do.
 * Checks of one subject on any number of instances take turns at that one row, so together they never let more
 * through than the limit; a refused hit writes nothing.
 */
@ApplicationScoped
public class RateLimitCounters {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    /** @param subject the keyed hash of the subject */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryHit(String bucket, String subject, int limit, Duration window) {
        Instant now = clock.instant();
        return locked(bucket, subject, now, window).tryHit(now, limit, window);
    }

    /** @param subject the keyed hash of the subject */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void takeBack(String bucket, String subject, Duration window) {
        RateLimitCounter counter = em.find(RateLimitCounter.class, new RateLimitCounter.Key(bucket, subject),
                LockModeType.PESSIMISTIC_WRITE);
        if (counter != null) {
            counter.takeBack(clock.instant(), window);
        }
    }

    /**
     * The subject's counter, locked until the commit; created empty when it has none yet. Two instances creating the
     * same counter at once both go on with the one row: the second insert waits for the first and changes nothing.
     */
    private RateLimitCounter locked(String bucket, String subject, Instant now, Duration window) {
        RateLimitCounter.Key key = new RateLimitCounter.Key(bucket, subject);
        RateLimitCounter counter = em.find(RateLimitCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter != null) {
            return counter;
        }
        RateLimitCounter empty = new RateLimitCounter(bucket, subject, now, window);
        em.createNativeQuery("INSERT INTO rate_limit_counters (bucket, subject, slot_start, slots, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE bucket = bucket")
                .setParameter(1, bucket)
                .setParameter(2, subject)
                .setParameter(3, utc(empty.slotStart()))
                .setParameter(4, empty.slots())
                .setParameter(5, utc(empty.expiresAt()))
                .executeUpdate();
        return em.find(RateLimitCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
