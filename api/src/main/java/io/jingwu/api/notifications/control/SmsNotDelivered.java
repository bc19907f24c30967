package io.jingwu.api.notifications.control;

/**
 * The provider did not take the message this time (busy, unreachable, rate-limited): it is tried again later.
 * The message is kept as the outbox row's last error, so it must name the cause (the provider's error code),
 * never the phone or the text.
 */
public class SmsNotDelivered extends Exception {

    public SmsNotDelivered(String reason) {
        super(reason);
    }

    public SmsNotDelivered(String reason, Throwable cause) {
        super(reason, cause);
    }
}
