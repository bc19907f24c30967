package io.jingwu.api.queues.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.repeats.entity.RepeatKind;
import io.jingwu.api.requests.entity.Priority;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.RequestType;
import io.jingwu.api.requests.entity.ServiceRequest;

import java.time.Instant;
import java.util.List;

/**
 * A request as a queue lists it: what it is and where it stands, nothing personal. {@code repeatKinds}: why it is
 * linked to other requests as a repeat (same phone, place or text), for the workbench's markers; empty if it is not.
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
                        List<RepeatKind> repeatKinds) {

    static QueueItem of(ServiceRequest request, List<RepeatKind> repeatKinds, Language language) {
        return new QueueItem(request.trackingNumber().formatted(), request.type(), request.category(),
                request.status(), request.priority(), request.unit().code(), request.unit().name(language),
                request.assignee().orElse(null), request.queuedAt(), request.createdAt(),
                repeatKinds);
    }
}
