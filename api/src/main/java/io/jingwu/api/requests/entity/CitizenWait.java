package io.jingwu.api.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request's waits for the citizen's answer, during which its resolve stage is paused: since when the current
 * wait runs, how long past waits took, and the resolve time left while it waits. A value: every change gives a new
 * one, so that the request's field changes with it and is written, woven or not.
 */
@Embeddable
public class CitizenWait {

    @Column(name = "awaiting_since")
    private Instant since;

    /** Time spent waiting in past waits: not counted against the SLA. */
    @Column(name = "paused_seconds")
    private long pausedSeconds;

    /** In the policy's own time (working or wall-clock); none when the resolve stage runs or promises nothing. */
    @Column(name = "sla_remaining_seconds")
    private Long slaRemainingSeconds;

    /** No wait yet; also what the database gives when all three columns are empty. */
    protected CitizenWait() {
    }

    private CitizenWait(Instant since, long pausedSeconds, Long slaRemainingSeconds) {
        this.since = since;
        this.pausedSeconds = pausedSeconds;
        this.slaRemainingSeconds = slaRemainingSeconds;
    }

    /** Never waited. */
    static CitizenWait none() {
        return new CitizenWait();
    }

    /** A wait that begins at {@code now}. */
    CitizenWait askedAt(Instant now) {
        return new CitizenWait(Objects.requireNonNull(now, "now"), pausedSeconds, slaRemainingSeconds);
    }

    /** The current wait ended at {@code now}, its time set aside with the past waits'; unchanged when none runs. */
    CitizenWait endedAt(Instant now) {
        if (since == null) {
            return this;
        }
        long waited = Math.max(0, Duration.between(since, now).getSeconds());
        return new CitizenWait(null, pausedSeconds + waited, slaRemainingSeconds);
    }

    /** With the resolve time left kept while the clock stands still; none is left of a negative time. */
    CitizenWait keeping(Duration remaining) {
        return new CitizenWait(since, pausedSeconds, remaining.isNegative() ? 0 : remaining.getSeconds());
    }

    /** With no resolve time kept: the resolve stage runs again on its own deadline. */
    CitizenWait keepingNothing() {
        return new CitizenWait(since, pausedSeconds, null);
    }

    /** Present while the request waits for the citizen's answer. */
    public Optional<Instant> since() {
        return Optional.ofNullable(since);
    }

    /** The time spent waiting in past waits, which the SLA does not count. */
    public Duration pausedTime() {
        return Duration.ofSeconds(pausedSeconds);
    }

    /** While waiting: the resolve time left. */
    public Optional<Duration> slaRemaining() {
        return Optional.ofNullable(slaRemainingSeconds).map(Duration::ofSeconds);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitizenWait that && Objects.equals(since, that.since)
                && pausedSeconds == that.pausedSeconds && Objects.equals(slaRemainingSeconds, that.slaRemainingSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(since, pausedSeconds, slaRemainingSeconds);
    }

    @Override
    public String toString() {
        return "CitizenWait[since " + since + ", paused " + pausedSeconds + " s, remaining " + slaRemainingSeconds + " s]";
    }
}
