package io.jingwu.api.citizens.boundary;

import io.jingwu.api.units.boundary.UnitRef;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.sla.boundary.SlaStatusView;

import java.io.Serializable;
import java.time.Instant;

/**
 * What anyone holding the tracking number may see: no name, phone, address or description.
 *
 * @param sla the promise made and the running stage's deadline
 */
public record RequestStatusView(String trackingNumber,
                                RequestType type,
                                String category,
                                RequestStatus status,
                                UnitRef unit,
                                Instant submittedAt,
                                Instant updatedAt,
                                SlaStatusView sla) implements Serializable {

    public static RequestStatusView of(ServiceRequest request, Language language, SlaStatusView sla) {
        return new RequestStatusView(request.trackingNumber().formatted(), request.type(), request.category(),
                request.status(), UnitRef.of(request.unit(), language), request.createdAt(), request.updatedAt(), sla);
    }
}
