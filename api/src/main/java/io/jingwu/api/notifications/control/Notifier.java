package io.jingwu.api.notifications.control;

import io.jingwu.api.requests.entity.ServiceRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Tells the citizen about their request's steps ({@link Notices}), in the transaction of the step itself: the
 * message is stored with the change or not at all, and a worker delivers it later ({@link OutboxDelivery}).
 */
@ApplicationScoped
public class Notifier {

    @Inject
    CitizenChannels channels;

    /** Called after every move of the request, and after its submission: sends a notice if the move calls for one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(ServiceRequest request) {
        Notices.about(request).ifPresent(notice -> channels.send(request, notice));
    }
}
