package io.jingwu.api.casework.boundary;

import io.jingwu.api.units.boundary.UnitRef;

import io.jingwu.api.personaldata.boundary.MaskedPersonalData;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.repeats.boundary.RepeatSummary;
import io.jingwu.api.requests.entity.RequestEvent;
import io.jingwu.api.requests.entity.ServiceRequest;

import java.time.Instant;
import java.util.List;

/**
 * A request as staff of its unit see it: the citizen's submission and the whole trail, internal notes included,
 * with the personal data masked; the full values only through a reveal, which is recorded. {@code repeats} marks
 * it as linked to earlier or later requests (same phone, place or text); the cluster itself is a request of its own.
 */
public record StaffRequestView(String trackingNumber,
                               String type,
                               String category,
                               String status,
                               String statusLabel,
                               String priority,
                               String channel,
                               String language,
                               UnitRef unit,
                               String routingReason,
                               String assignee,
                               String handler,
                               int backflowCount,
                               String description,
                               MaskedPersonalData contact,
                               Instant submittedAt,
                               List<Event> events,
                               RepeatSummary repeats) {

    /** One move of the trail; {@code rating} only on a return visit. */
    public record Event(String action, String actionLabel, String from, String to, String actor, String note,
                        Integer rating, String visibility, Instant at) {

        static Event of(RequestEvent event, Language language) {
            return new Event(event.action().name(), Messages.text(language, "action." + event.action().name()),
                    event.from() == null ? null : event.from().name(), event.to().name(), event.actor(), event.note(),
                    event.rating().orElse(null), event.visibility().name(), event.occurredAt());
        }
    }

    static StaffRequestView of(ServiceRequest request, RepeatSummary repeats, Language language) {
        return new StaffRequestView(request.trackingNumber().formatted(), request.type().name(), request.category(),
                request.status().name(), Messages.text(language, "status." + request.status().name()),
                request.priority().name(), request.channel().name(), request.language().tag(),
                UnitRef.of(request.unit(), language), request.routing().reason(), request.assignee().orElse(null),
                request.handler().orElse(null), request.routing().backflowCount(), request.description(),
                MaskedPersonalData.of(request), request.createdAt(),
                request.events().stream().map(e -> Event.of(e, language)).toList(), repeats);
    }
}
