package io.jingwu.api.notifications.control;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.RequestEvent;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;

import java.util.Optional;

/**
 * What a citizen is told about a step of their request: one notice per real step they did not take themself,
 * in their language. A notice names the request by its tracking number and may name the unit; it never carries
 * anything else (no description, name, phone, nor the reply itself, which may hold personal details): it says
 * what happened and that the details are on the portal behind the tracking number.
 *
 * <p>A new kind of notice is one line in {@link #kindOf} and one text {@code notice.<kind>} in each bundle.
 */
public final class Notices {

    /** Texts are {@code notice.<kind>} in the bundles; the outbox records the same as the message's purpose. */
    static final String PREFIX = "notice.";

    private Notices() {
    }

    /** What the outbox records and the text the citizen reads. */
    public record Notice(String purpose, String text) {
    }

    /** The notice about the move the request just made, if it made one that calls for one. */
    public static Optional<Notice> about(ServiceRequest request) {
        Language language = request.language();
        return request.newMove().flatMap(move -> kindOf(move, request.channel())).map(kind -> new Notice(PREFIX + kind,
                Messages.text(language, PREFIX + kind, request.trackingNumber().formatted(),
                        request.unit().name(language))));
    }

    /** The kind of notice a move calls for; empty for moves inside the unit and for the citizen's own. */
    static Optional<String> kindOf(RequestEvent move, Channel channel) {
        if (!move.isPublic()) {
            return Optional.empty();
        }
        boolean byCitizen = ServiceRequest.CITIZEN.equals(move.actor());
        return Optional.ofNullable(switch (move.action()) {
            // Only a clerk on the phone submits for the citizen, who has no screen showing the tracking number.
            case SUBMITTED -> channel == Channel.PHONE ? "taken-by-phone" : null;
            case ACCEPTED -> "accepted";
            case CITIZEN_ASKED -> "question";
            // Also invites the citizen to rate it (回访).
            case REPLIED -> "replied";
            case TRANSFERRED -> "transferred";
            case REJECTED -> "rejected";
            case MERGED -> "merged";
            case RETURN_VISITED -> move.to() == RequestStatus.IN_PROGRESS && !byCitizen ? "reopened" : null;
            // Steps within the unit, after the citizen was told it was accepted: one message per real step.
            case DISPATCHED, HANDLING_STARTED, FOLLOWED_UP -> null;
            case CITIZEN_ANSWERED, WITHDRAWN -> null;
            case PRIORITY_CHANGED, NOTE_ADDED, SLA_WARNED, SLA_BREACHED, HANDED_OVER -> null;
        });
    }
}
