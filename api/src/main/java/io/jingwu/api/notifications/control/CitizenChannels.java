package io.jingwu.api.notifications.control;

import io.jingwu.api.requests.entity.ServiceRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which way a notice reaches the citizen. Today every request is told by text message to its contact phone;
 * requests that came in through WeChat will be told there, by a case here, once that channel exists.
 */
@ApplicationScoped
public class CitizenChannels {

    @Inject
    SmsGateway sms;

    void send(ServiceRequest request, Notices.Notice notice) {
        sms.send(request.contact().phone(), notice.text(), notice.purpose(), request);
    }
}
