package io.jingwu.api.platform.ratelimit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One subject's hits of one limit, kept in a fixed number of counts whatever the traffic, so that a check costs the
 * same at 10 or 10,000 hits a window.
 * <p>
 * The limit's window {@code W} is cut into slots of {@code s = W / 60}, aligned on the epoch: a minute is counted by
 * the second, an hour by the minute, a day by 24 minutes. The counter holds the admitted hits of the slot {@code now}
 * falls in and of the 60 slots before it, every slot that overlaps the sliding window {@code (now - W, now]}:
 * <pre>
 *   admitted  when  (hits of those 61 slots) + 1 <= limit
 * </pre>
 * The oldest of them is counted in full although only part of it is still inside the window, so the sum is never less
 * than the hits in the window: no window of length {@code W} ever holds more than the limit. In exchange a hit counts
 * for between {@code W} and {@code W + s} (a minute and at most a second more): a subject that never pauses gets its
 * whole allowance in every {@code W + s}.
 * <p>
 * Clocks of several instances differ by milliseconds: a counter never goes back in time, and a clock behind the last
 * writer's counts in the newer slot.
 */
@Entity
@Table(name = "rate_limit_counters")
@IdClass(RateLimitCounter.Key.class)
public class RateLimitCounter {

    /** Slots a window is cut into; one more is kept, the oldest, partly outside the window. */
    static final int SLOTS_PER_WINDOW = 60;
    /** The stored counts: four bytes each, the newest slot's first. */
    static final int STORED_BYTES = (SLOTS_PER_WINDOW + 1) * Integer.BYTES;

    @Id
    private String bucket;

    @Id
    private String subject;

    /** The start of the newest slot, the one {@code slots} begins with. */
    @Column(name = "slot_start")
    private Instant slotStart;

    @Column(name = "slots")
    private byte[] slots;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected RateLimitCounter() {
    }

    /** A counter with no hit yet, as {@link RateLimitCounters} creates it. */
    public RateLimitCounter(String bucket, String subject, Instant now, Duration window) {
        this.bucket = bucket;
        this.subject = subject;
        store(startOf(now, slot(window)), new int[SLOTS_PER_WINDOW + 1], window);
    }

    /** The length of one slot of {@code window}. */
    static Duration slot(Duration window) {
        return window.dividedBy(SLOTS_PER_WINDOW);
    }

    /** The start of the slot {@code now} falls in. */
    static Instant startOf(Instant now, Duration slot) {
        long length = slot.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }

    /** True, and the hit counted, when the hits of the window, with this one, are at most {@code limit}. */
    public boolean tryHit(Instant now, int limit, Duration window) {
        Instant start = newestSlot(now, window);
        int[] counts = countsFrom(start, window);
        long inWindow = 0;
        for (int count : counts) {
            inWindow += count;
        }
        if (inWindow + 1 > limit) {
            return false;
        }
        counts[0]++;
        store(start, counts, window);
        return true;
    }

    /**
     * Forgets one counted hit, the newest, for an attempt counted up front that turned out not to count. Which hit goes
     * does not matter: only their number does.
     */
    public void takeBack(Instant now, Duration window) {
        Instant start = newestSlot(now, window);
        int[] counts = countsFrom(start, window);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                counts[i]--;
                store(start, counts, window);
                return;
            }
        }
    }

    /** The slot {@code now} falls in, or the stored newest one when this instance's clock is behind it. */
    private Instant newestSlot(Instant now, Duration window) {
        Instant start = startOf(now, slot(window));
        return start.isBefore(slotStart) ? slotStart : start;
    }

    /** The stored counts moved on to the newest slot {@code start}: slots that left the window dropped. */
    private int[] countsFrom(Instant start, Duration window) {
        int[] counts = new int[SLOTS_PER_WINDOW + 1];
        long length = slot(window).toMillis();
        long gap = Duration.between(slotStart, start).toMillis();
        if (gap % length != 0 || gap / length > SLOTS_PER_WINDOW) {
            return counts;   // all left the window, or counted in slots of another length
        }
        int moved = (int) (gap / length);
        ByteBuffer stored = ByteBuffer.wrap(slots);
        for (int i = 0; i + moved < counts.length; i++) {
            counts[i + moved] = stored.getInt(i * Integer.BYTES);
        }
        return counts;
    }

    private void store(Instant start, int[] counts, Duration window) {
        ByteBuffer stored = ByteBuffer.allocate(STORED_BYTES);
        for (int count : counts) {
            stored.putInt(count);
        }
        slotStart = start;
        slots = stored.array();
        // the newest slot's hits count until it has left the window: nothing counts after that
        expiresAt = start.plus(slot(window)).plus(window);
    }

    Instant slotStart() {
        return slotStart;
    }

    byte[] slots() {
        return slots.clone();
    }

    /** When the counter stops counting anything, unless hit again: housekeeping deletes it some time after. */
    Instant expiresAt() {
        return expiresAt;
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
