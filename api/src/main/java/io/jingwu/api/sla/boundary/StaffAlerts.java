package io.jingwu.api.sla.boundary;

import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.SlaStage;
import io.jingwu.api.sla.entity.StaffAlert;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A member of staff's SLA alerts, and the escalations a supervisor must act on. No personal data in either. */
@ApplicationScoped
@Transactional
public class StaffAlerts {

    static final int MAX_ALERTS = 100;
    static final int MAX_ESCALATIONS = 200;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    /** The member's own alerts, newest first. */
    public List<AlertView> of(StaffActor actor) {
        return em.createNamedQuery(StaffAlert.OF_RECIPIENT, StaffAlert.class)
                .setParameter("recipient", actor.username())
                .setMaxResults(MAX_ALERTS)
                .getResultStream().map(AlertView::of).toList();
    }

    /** Only the recipient may mark an alert read; anyone else's alert answers 404 like an unknown one. */
    public void markRead(StaffActor actor, long id) {
        StaffAlert alert = em.find(StaffAlert.class, id);
        if (alert == null || !alert.recipient().equals(actor.username())) {
            throw new NotFoundException();
        }
        alert.markRead(clock.instant());
    }

    /** Open requests of the member's units that missed the deadline of the stage they are in, most overdue first. */
    public List<EscalationView> escalations(StaffActor actor) {
        if (actor.workedUnitIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT r FROM ServiceRequest r JOIN FETCH r.unit u
                        WHERE u.id IN :units AND (
                            (r.status = :submitted AND r.acceptStage.breachedAt IS NOT NULL)
                            OR (r.status IN :resolving AND r.resolveStage.breachedAt IS NOT NULL))""", ServiceRequest.class)
                .setParameter("units", actor.workedUnitIds())
                .setParameter("submitted", RequestStatus.SUBMITTED)
                .setParameter("resolving", List.of(RequestStatus.SUBMITTED, RequestStatus.ACCEPTED,
                        RequestStatus.DISPATCHED, RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_CITIZEN))
                .getResultStream()
                .map(EscalationView::of)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(EscalationView::dueAt))
                .limit(MAX_ESCALATIONS)
                .toList();
    }

    /** @param kind SLA_WARNED or SLA_BREACHED */
    public record AlertView(long id, String trackingNumber, String kind, String stage, Instant dueAt,
                            Instant createdAt, boolean read) {
        static AlertView of(StaffAlert alert) {
            return new AlertView(alert.id(), alert.request().trackingNumber().formatted(), alert.kind().name(),
                    alert.stage().name(), alert.dueAt(), alert.createdAt(), alert.isRead());
        }
    }

    /** @param stage the stage whose deadline was missed: ACCEPT while still queued, else RESOLVE */
    public record EscalationView(String trackingNumber, String type, String category, String status,
                                 String priority, String unitCode, String stage, Instant dueAt, Instant breachedAt) {
        static Optional<EscalationView> of(ServiceRequest request) {
            boolean acceptMissed = request.status() == RequestStatus.SUBMITTED
                    && request.clock(SlaStage.ACCEPT).breachedAt().isPresent();
            SlaStage stage = acceptMissed ? SlaStage.ACCEPT : SlaStage.RESOLVE;
            Optional<Instant> due = request.clock(stage).dueAt();
            Optional<Instant> breached = request.clock(stage).breachedAt();
            return due.map(dueAt -> new EscalationView(request.trackingNumber().formatted(), request.type().name(),
                    request.category(), request.status().name(), request.priority().name(), request.unit().code(),
                    stage.name(), dueAt, breached.orElse(null)));
        }
    }
}
