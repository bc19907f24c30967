package io.jingwu.api.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock of one service-level stage of a request ({@link SlaStage}): its deadline, when its warning falls due,
 * and when a warning or a breach was raised. A value: every change gives a new clock, so that the request's field
 * changes with it and is written, woven or not. Set by the SLA clock (io.jingwu.api.sla.control.SlaClock),
 * stamped by the sweep and by the move that completes the stage.
 */
@Embeddable
public class StageClock {

    /** Due by then; none when nothing is promised. */
    @Column(name = "due_at")
    private Instant dueAt;

    /** When the time left falls under the warning share. */
    @Column(name = "warn_at")
    private Instant warnAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    /** When the deadline was found missed (by a sweep), or the deadline itself if the stage was completed late first. */
    @Column(name = "breached_at")
    private Instant breachedAt;

    /** A clock that promises nothing; also what the database gives when all four columns are empty. */
    protected StageClock() {
    }

    private StageClock(Instant dueAt, Instant warnAt, Instant warnedAt, Instant breachedAt) {
        this.dueAt = dueAt;
        this.warnAt = dueAt == null ? null : warnAt;
        this.warnedAt = warnedAt;
        this.breachedAt = breachedAt;
    }

    /** A clock that promises nothing yet. */
    static StageClock none() {
        return new StageClock();
    }

    /** A fresh stage: no warning or breach yet; a null deadline promises nothing (and warns of nothing). */
    static StageClock started(Instant due, Instant warnAt) {
        return new StageClock(due, warnAt, null, null);
    }

    /** The same stage with a new deadline: a warning or breach already raised stays. */
    StageClock rescheduled(Instant due, Instant warnAt) {
        return new StageClock(due, warnAt, warnedAt, breachedAt);
    }

    /** Completed at {@code now}: after its deadline with no sweep in between, it still counts as breached, at the deadline. */
    StageClock completedAt(Instant now) {
        return breachedAt == null && dueAt != null && now.isAfter(dueAt)
                ? new StageClock(dueAt, warnAt, warnedAt, dueAt) : this;
    }

    /**
     * What a sweep at {@code now} finds: a breach once the deadline has passed, a warning once the warning time
     * has, if neither was raised yet; nothing when nothing is promised.
     */
    Optional<EventAction> findingAt(Instant now) {
        if (dueAt == null || breachedAt != null) {
            return Optional.empty();
        }
        if (!now.isBefore(dueAt)) {
            return Optional.of(EventAction.SLA_BREACHED);
        }
        if (warnedAt == null && warnAt != null && !now.isBefore(warnAt)) {
            return Optional.of(EventAction.SLA_WARNED);
        }
        return Optional.empty();
    }

    /** With the sweep's finding ({@link EventAction#SLA_WARNED} or {@link EventAction#SLA_BREACHED}) stamped at {@code now}. */
    StageClock stamped(EventAction finding, Instant now) {
        return switch (finding) {
            case SLA_WARNED -> new StageClock(dueAt, warnAt, now, breachedAt);
            case SLA_BREACHED -> new StageClock(dueAt, warnAt, warnedAt, now);
            default -> throw new IllegalArgumentException(finding + " is not a finding of the SLA sweep");
        };
    }

    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    public Optional<Instant> warnAt() {
        return Optional.ofNullable(warnAt);
    }

    public Optional<Instant> warnedAt() {
        return Optional.ofNullable(warnedAt);
    }

    public Optional<Instant> breachedAt() {
        return Optional.ofNullable(breachedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StageClock that && Objects.equals(dueAt, that.dueAt) && Objects.equals(warnAt, that.warnAt)
                && Objects.equals(warnedAt, that.warnedAt) && Objects.equals(breachedAt, that.breachedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dueAt, warnAt, warnedAt, breachedAt);
    }

    @Override
    public String toString() {
        return "StageClock[due " + dueAt + ", warn " + warnAt + ", warned " + warnedAt + ", breached " + breachedAt + "]";
    }
}
