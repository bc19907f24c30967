package io.jingwu.api.platform.ratelimit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One subject's hits of one limit, kept as two counts whatever the traffic, so that a check costs the same at 10 or
 * 10,000 hits a window.
 * <p>
 * Time is cut into fixed windows of the limit's length {@code W}, aligned on the epoch. The counter holds the admitted
 * hits of the current window and of the one before it, each with the times of its first and last hit. At {@code now}
 * the sliding window is {@code (now - W, now]}; it holds every hit of the current window, and of the previous
 * window's {@code n} hits, spread between its first hit {@code f} and its last {@code l}, the estimate
 * <pre>
 *   0                                 when l <= now - W  (all of them have left)
 *   n                                 when f >  now - W  (none has left)
 *   n * (l - (now - W)) / (l - f)     otherwise          (the share of their span still inside)
 * </pre>
 * A hit is admitted, and counted, when the current window's hits, that estimate and itself are at most the limit.
 * Weighing by the span of the hits rather than of the whole window keeps a burst (a sprayer's attempts, a batch of
 * checks) counted in full until it has left the sliding window; spreading the hits evenly over their span is the only
 * approximation, and it errs only while a previous window's hits straddle {@code now - W}.
 * <p>
 * Clocks of several instances differ by milliseconds: a counter never goes back in time, a clock behind the last
 * writer's counts as of the start of the newer window.
 */
@Entity
@Table(name = "rate_limit_counters")
@IdClass(RateLimitCounter.Key.class)
public class RateLimitCounter {

    @Id
    private String bucket;

    @Id
    private String subject;

    @Column(name = "window_start")
    private Instant windowStart;

    private int hits;

    @Column(name = "first_hit_at")
    private Instant firstHitAt;

    @Column(name = "last_hit_at")
    private Instant lastHitAt;

    @Column(name = "previous_hits")
    private int previousHits;

    @Column(name = "previous_first_hit_at")
    private Instant previousFirstHitAt;

    @Column(name = "previous_last_hit_at")
    private Instant previousLastHitAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected RateLimitCounter() {
    }

    /** A counter with no hit yet, as {@link RateLimitCounters} creates it. */
    public RateLimitCounter(String bucket, String subject, Instant now, Duration window) {
        this.bucket = bucket;
        this.subject = subject;
        store(new Windows(now, startOf(now, window), Hits.NONE, Hits.NONE), window);
    }

    /** The start of the fixed window {@code now} falls in. */
    static Instant startOf(Instant now, Duration window) {
        long length = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }

    /** True, and the hit counted, when the sliding window with this hit holds at most {@code limit} hits. */
    public boolean tryHit(Instant now, int limit, Duration window) {
        Windows windows = windowsAt(now, window);
        if (windows.current().count() + windows.previousInside(window) + 1 > limit) {
            return false;
        }
        store(new Windows(windows.asOf(), windows.start(), windows.current().plus(windows.asOf()), windows.previous()),
                window);
        return true;
    }

    /**
     * Forgets one counted hit, the newest window's that holds one, for an attempt counted up front that turned out not
     * to count. Which hit goes does not matter: only their number does.
     */
    public void takeBack(Instant now, Duration window) {
        Windows windows = windowsAt(now, window);
        if (windows.current().count() > 0) {
            store(new Windows(windows.asOf(), windows.start(), windows.current().minusOne(), windows.previous()), window);
        } else if (windows.previous().count() > 0) {
            store(new Windows(windows.asOf(), windows.start(), windows.current(), windows.previous().minusOne()), window);
        }
    }

    /** The counts as they stand at {@code now}: moved on by one window, or emptied when both have ended. */
    private Windows windowsAt(Instant now, Duration window) {
        Instant asOf = now.isBefore(windowStart) ? windowStart : now;
        Instant start = startOf(asOf, window);
        Hits current = new Hits(hits, firstHitAt, lastHitAt);
        if (start.equals(windowStart)) {
            return new Windows(asOf, start, current, new Hits(previousHits, previousFirstHitAt, previousLastHitAt));
        }
        if (start.minus(window).equals(windowStart)) {
            return new Windows(asOf, start, Hits.NONE, current);
        }
        return new Windows(asOf, start, Hits.NONE, Hits.NONE);
    }

    private void store(Windows windows, Duration window) {
        windowStart = windows.start();
        hits = windows.current().count();
        firstHitAt = windows.current().first();
        lastHitAt = windows.current().last();
        previousHits = windows.previous().count();
        previousFirstHitAt = windows.previous().first();
        previousLastHitAt = windows.previous().last();
        expiresAt = windows.start().plus(window).plus(window);
    }

    /** The start of the window {@link #hits} counts. */
    Instant windowStart() {
        return windowStart;
    }

    /** When the counter stops counting anything, unless hit again: housekeeping deletes it some time after. */
    Instant expiresAt() {
        return expiresAt;
    }

    /** The counts of the current window (from {@code start}) and the previous one, as of {@code asOf}. */
    private record Windows(Instant asOf, Instant start, Hits current, Hits previous) {

        /** The estimate of the class comment: the previous window's hits still inside the sliding window. */
        double previousInside(Duration window) {
            Instant since = asOf.minus(window);
            if (previous.count() == 0 || !previous.last().isAfter(since)) {
                return 0;
            }
            if (previous.first().isAfter(since)) {
                return previous.count();
            }
            return previous.count() * (double) Duration.between(since, previous.last()).toMillis()
                    / Duration.between(previous.first(), previous.last()).toMillis();
        }
    }

    /** The admitted hits of one fixed window, and when its first and last came (null when it has none). */
    private record Hits(int count, Instant first, Instant last) {

        static final Hits NONE = new Hits(0, null, null);

        Hits plus(Instant at) {
            Instant stored = at.truncatedTo(ChronoUnit.MILLIS);   // as the DATETIME(3) columns keep it
            return count == 0 ? new Hits(1, stored, stored)
                    : new Hits(count + 1, first, stored.isAfter(last) ? stored : last);
        }

        Hits minusOne() {
            return count == 1 ? NONE : new Hits(count - 1, first, last);
        }
    }

    /** The primary key: a limit's bucket and the keyed hash of its subject. */
    public static class Key implements Serializable {

        private String bucket;
        private String subject;

        public Key() {
        }

        public Key(String bucket, String subject) {
            this.bucket = bucket;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && bucket.equals(key.bucket) && subject.equals(key.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bucket, subject);
        }
    }
}
