package io.jingwu.api.requests.entity;

import jakarta.persistence.Column;
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

/** One move of a request: who, when, from which status to which, and why. Written once, never changed. */
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

    @Column(updatable = false)
    private String actor;

    @Column(updatable = false)
    private String note;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    protected RequestEvent() {
    }

    static RequestEvent of(ServiceRequest request, EventAction action, RequestStatus from, RequestStatus to,
                           String actor, String note, Instant occurredAt) {
        RequestEvent event = new RequestEvent();
        event.request = request;
        event.action = action;
        event.from = from;
        event.to = to;
        event.actor = actor;
        event.note = note;
        event.occurredAt = occurredAt;
        return event;
    }

    public EventAction action() {
        return action;
    }

    public RequestStatus from() {
        return from;
    }

    public RequestStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
