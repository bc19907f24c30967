package io.jingwu.api.requests.boundary;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.units.boundary.UnitRef;

import java.io.Serializable;

/**
 * The answer to a submission (a contract: clients outside the repository read it).
 *
 * @param routingReason why the request went to this unit
 * @param urgent        words of danger were found: the request jumps the queue
 * @param advice        what the citizen should do now (call 110 when urgent), or null
 */
public record RequestReceipt(String trackingNumber, RequestStatus status, UnitRef unit, String routingReason,
                             boolean urgent, String advice) implements Serializable {

    static RequestReceipt of(ServiceRequest request, Language language) {
        boolean urgent = request.priority() == Priority.URGENT;
        return new RequestReceipt(request.trackingNumber().formatted(), request.status(),
                UnitRef.of(request.unit(), language), request.routing().reason(), urgent,
                urgent ? Messages.text(language, "advice.call110") : null);
    }
}
