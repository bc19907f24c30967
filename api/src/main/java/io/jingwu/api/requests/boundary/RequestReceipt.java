package io.jingwu.api.requests.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;

import java.io.Serializable;

/**
 * The answer to a submission (a contract: clients outside the repository read it).
 *
 * @param routingReason why the request went to this unit
 */
public record RequestReceipt(String trackingNumber, RequestStatus status, UnitRef unit, String routingReason) implements Serializable {

    static RequestReceipt of(ServiceRequest request, Language language) {
        return new RequestReceipt(request.trackingNumber().formatted(), request.status(),
                UnitRef.of(request.unit(), language), request.routingReason());
    }
}
