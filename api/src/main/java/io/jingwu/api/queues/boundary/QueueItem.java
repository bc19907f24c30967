package io.jingwu.api.queues.boundary;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.repeats.entity.RepeatKind;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.SlaStage;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A request as a queue lists it: what it is and where it stands, nothing personal. {@code repeatKinds}: why it is
 * linked to other requests as a repeat (same phone, place or text), for the workbench's markers; empty if it is not.
 *
 * @param slaStage         the stage whose clock runs: ACCEPT while queued, RESOLVE until the reply; null when none runs
 * @param dueAt            that stage's deadline; null when none runs or nothing is promised
 * @param slaState         where the request stands against it when listed; PAUSED while waiting for the citizen
 * @param remainingSeconds the time left when listed (negative once overdue); while paused, the resolve time kept
 */
public record QueueItem(String trackingNumber,
                        RequestType type,
                        String category,
                        RequestStatus status,
                        Priority priority,
                        String unitCode,
                        String unitName,
                        String assignee,
                        Instant queuedAt,
                        Instant submittedAt,
                        List<RepeatKind> repeatKinds,
                        SlaStage slaStage,
                        Instant dueAt,
                        SlaState slaState,
                        Long remainingSeconds) implements Serializable {

    static QueueItem of(ServiceRequest request, List<RepeatKind> repeatKinds, Language language, Instant now) {
        SlaStage stage = request.isRunning(SlaStage.ACCEPT) ? SlaStage.ACCEPT
                : request.isRunning(SlaStage.RESOLVE) ? SlaStage.RESOLVE : null;
        Instant dueAt = stage == null ? null : request.clock(stage).dueAt().orElse(null);
        Instant warnAt = stage == null ? null : request.clock(stage).warnAt().orElse(null);
        boolean paused = request.status() == RequestStatus.AWAITING_CITIZEN;
        Long remaining = paused ? request.citizenWait().slaRemaining().map(Duration::getSeconds).orElse(null)
                : dueAt == null ? null : Duration.between(now, dueAt).getSeconds();
        return new QueueItem(request.trackingNumber().formatted(), request.type(), request.category(),
                request.status(), request.priority(), request.unit().code(), request.unit().name(language),
                request.assignee().orElse(null), request.milestones().queuedAt(), request.createdAt(),
                repeatKinds, stage, dueAt, SlaState.at(now, dueAt, warnAt, paused), remaining);
    }
}
