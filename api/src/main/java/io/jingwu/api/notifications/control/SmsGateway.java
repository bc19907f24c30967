package io.jingwu.api.notifications.control;

/**
 * Sends a text message to a phone. The default implementation, {@link OutboxSmsGateway}, writes it to the
 * outbox table in the caller's transaction; an operator's SMS provider plugs in as another implementation.
 */
public interface SmsGateway {

    /**
     * @param phoneE164 the recipient, e.g. {@code +8613800138000}
     * @param purpose   why it is sent (e.g. {@code access-code}), for the record
     */
    void send(String phoneE164, String text, String purpose);
}
