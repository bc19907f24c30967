package io.jingwu.api.notifications.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a message that could not be delivered is tried again: 30 seconds after the first failure, then twice as
 * long after each further one, never more than an hour; after {@code maxAttempts} attempts it is given up.
 *
 * <p>No jitter: the worker takes a small batch per run, so messages that failed together come due together but
 * still reach the provider at the worker's pace, not all at once.
 */
public record RetrySchedule(int maxAttempts) {

    public static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    public static final Duration LONGEST_DELAY = Duration.ofHours(1);

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
        }
    }

    /** How long to wait after the given number of failed attempts (1 or more). */
    public static Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** The next attempt after {@code attemptsMade} attempts, the latest failing at {@code now}; empty: give up. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        return attemptsMade >= maxAttempts ? Optional.empty() : Optional.of(now.plus(delayAfter(attemptsMade)));
    }
}
