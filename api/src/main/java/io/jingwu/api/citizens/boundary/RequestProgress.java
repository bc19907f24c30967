package io.jingwu.api.citizens.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.requests.boundary.Requests;
import io.jingwu.api.sla.boundary.SlaStatuses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** A request's progress for anyone holding its tracking number: every channel's "where is my request". */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RequestProgress {

    @Inject
    Requests requests;

    @Inject
    SlaStatuses slaStatuses;

    /** Status, unit and SLA only: a tracking number alone never unlocks anything personal. */
    public Optional<RequestStatusView> of(String trackingNumber, Language language) {
        return requests.find(trackingNumber).map(request ->
                RequestStatusView.of(request, language, slaStatuses.of(request, language)));
    }
}
