package io.jingwu.api.requests.entity;

import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.platform.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * One move of a request: who, when, from which status to which, and why. Written once, never changed: every
 * column is insert-only, so the trail can be trusted as the request's history. Moves that change nothing but
 * leave a trace (notes, priority) have the same status on both sides.
 */
@Entity
@Table(name = "request_events")
public class RequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private ServiceRequest request;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private EventAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private RequestStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private RequestStatus to;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private EventVisibility visibility;

    @Column(updatable = false)
    private String actor;

    /** Reasons, questions, replies and internal notes are personal data too: stored encrypted. */
    @Column(updatable = false)
    @Convert(converter = EncryptedText.class)
    private String note;

    /** Whom the move gave the request to: the accepting clerk, the handler, the supervisor of a reopening. */
    @Column(name = "assigned_to", updatable = false)
    private String assignedTo;

    /** The unit the move put the request in: on submission and on each transfer. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_unit_id", updatable = false)
    private Unit toUnit;

    /** The rating of a return visit. */
    @Column(updatable = false)
    private Integer rating;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    protected RequestEvent() {
    }

    static RequestEvent of(ServiceRequest request, EventAction action, RequestStatus from, RequestStatus to,
                           String actor, String note, EventVisibility visibility, Instant occurredAt) {
        RequestEvent event = new RequestEvent();
        event.request = request;
        event.action = action;
        event.from = from;
        event.to = to;
        event.actor = actor;
        event.note = note;
        event.visibility = visibility;
        event.occurredAt = occurredAt;
        return event;
    }

    RequestEvent assignedTo(String assignee) {
        this.assignedTo = assignee;
        return this;
    }

    RequestEvent toUnit(Unit unit) {
        this.toUnit = unit;
        return this;
    }

    RequestEvent rating(int rating) {
        this.rating = rating;
        return this;
    }

    public EventAction action() {
        return action;
    }

    /** Null only for the submission, which came from nowhere. */
    public RequestStatus from() {
        return from;
    }

    public RequestStatus to() {
        return to;
    }

    public EventVisibility visibility() {
        return visibility;
    }

    /** Whether the citizen's timeline shows this event. */
    public boolean isPublic() {
        return visibility == EventVisibility.PUBLIC;
    }

    /** A staff username, or {@link ServiceRequest#CITIZEN}. */
    public String actor() {
        return actor;
    }

    /** The reason, question, answer, reply or note the move was made with; null when there was none. */
    public String note() {
        return note;
    }

    public Optional<String> assignedTo() {
        return Optional.ofNullable(assignedTo);
    }

    public Optional<Unit> toUnit() {
        return Optional.ofNullable(toUnit);
    }

    public Optional<Integer> rating() {
        return Optional.ofNullable(rating);
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
