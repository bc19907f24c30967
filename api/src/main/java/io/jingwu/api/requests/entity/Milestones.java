package io.jingwu.api.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a request reached the milestones of its lifecycle that the queues, the SLA clock and the statistics measure
 * from. A value: each milestone reached gives a new one.
 */
@Embeddable
public class Milestones {

    /** When it entered the queue of its current unit: at submission, then at each transfer. */
    @Column(name = "queued_at")
    private Instant queuedAt;

    /** When its current unit accepted it; cleared by a transfer. */
    @Column(name = "accepted_at")
    private Instant acceptedAt;

    /** When the latest public reply resolved it. */
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /** When it reached a final status: closed, rejected, merged or withdrawn. */
    @Column(name = "closed_at")
    private Instant closedAt;

    protected Milestones() {
    }

    private Milestones(Instant queuedAt, Instant acceptedAt, Instant resolvedAt, Instant closedAt) {
        this.queuedAt = queuedAt;
        this.acceptedAt = acceptedAt;
        this.resolvedAt = resolvedAt;
        this.closedAt = closedAt;
    }

    /** Submitted at {@code now}: queued, nothing else yet. */
    static Milestones submittedAt(Instant now) {
        return new Milestones(now, null, null, null);
    }

    /** In a new unit's queue since {@code now}, which has not accepted it yet. */
    Milestones requeuedAt(Instant now) {
        return new Milestones(now, null, resolvedAt, closedAt);
    }

    Milestones withAccepted(Instant now) {
        return new Milestones(queuedAt, now, resolvedAt, closedAt);
    }

    Milestones withResolved(Instant now) {
        return new Milestones(queuedAt, acceptedAt, now, closedAt);
    }

    Milestones withClosed(Instant now) {
        return new Milestones(queuedAt, acceptedAt, resolvedAt, now);
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Milestones that && Objects.equals(queuedAt, that.queuedAt)
                && Objects.equals(acceptedAt, that.acceptedAt) && Objects.equals(resolvedAt, that.resolvedAt)
                && Objects.equals(closedAt, that.closedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queuedAt, acceptedAt, resolvedAt, closedAt);
    }

    @Override
    public String toString() {
        return "Milestones[queued " + queuedAt + ", accepted " + acceptedAt + ", resolved " + resolvedAt
                + ", closed " + closedAt + "]";
    }
}
