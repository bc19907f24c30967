package io.jingwu.api.notifications.control;

import io.jingwu.api.requests.entity.ServiceRequest;

/**
 * Sends a text message to a phone. The implementation, {@link OutboxSmsGateway}, writes it to the outbox table in
 * the caller's transaction; {@link OutboxDelivery} then hands it to the operator's {@link SmsProvider}.
 */
public interface SmsGateway {

    /**
     * @param phoneE164 the recipient, e.g. {@code +8613800138000}
     * @param purpose   why it is sent (e.g. {@code access-code}), for the record
     * @param about     the request it is about, or null
     */
    void send(String phoneE164, String text, String purpose, ServiceRequest about);
}
