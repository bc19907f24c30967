package io.jingwu.api.sla.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.sla.control.SlaClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A request's SLA as its readers see it, for the views other components show. */
@ApplicationScoped
public class SlaStatuses {

    @Inject
    SlaClock slaClock;

    public SlaStatusView of(ServiceRequest request, Language language) {
        return SlaStatusView.of(request, slaClock.policyFor(request), language);
    }
}
