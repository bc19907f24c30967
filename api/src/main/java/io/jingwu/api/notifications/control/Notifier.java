package io.jingwu.api.notifications.control;

import io.jingwu.api.requests.entity.RequestMoved;
import io.jingwu.api.requests.entity.ServiceRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells the citizen about their request's steps ({@link Notices}), in the transaction of the step itself: the
 * message is stored with the change or not at all, and a worker delivers it later ({@link OutboxDelivery}).
 */
@ApplicationScoped
public class Notifier {

    @Inject
    CitizenChannels channels;

    /** Every move of a request, and its submission: sends a notice if the move calls for one. */
    void moved(@Observes @Priority(RequestMoved.READS_REQUEST) RequestMoved moved) {
        ServiceRequest request = moved.request();
        Notices.about(request).ifPresent(notice -> channels.send(request, notice));
    }
}
