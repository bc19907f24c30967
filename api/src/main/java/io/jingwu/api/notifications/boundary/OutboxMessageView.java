package io.jingwu.api.notifications.boundary;

import io.jingwu.api.notifications.entity.OutboxSms;
import io.jingwu.api.platform.personal.Masking;

import java.time.Instant;

/**
 * A text message as administrators see it: the phone masked; the text as sent, as it holds no personal data beyond
 * a tracking number or a unit's name, except for a one-time code's digits, which are masked
 * ({@link OutboxSms#textForStaff()}).
 *
 * @param trackingNumber of the request it is about; null for none
 * @param text           null while an SMS provider delivers the messages (see {@link SmsOutbox})
 */
public record OutboxMessageView(long id, String phone, String purpose, String trackingNumber, Instant createdAt,
                                Instant nextAttemptAt, Instant sentAt, Instant failedAt, int attempts,
                                String lastError, String text) {

    static OutboxMessageView of(OutboxSms sms, boolean withText) {
        return new OutboxMessageView(sms.id(), Masking.phone(sms.phone()), sms.purpose(),
                sms.request().map(request -> request.trackingNumber().formatted()).orElse(null),
                sms.createdAt(), sms.nextAttemptAt(), sms.sentAt().orElse(null), sms.failedAt().orElse(null),
                sms.attempts(), sms.lastError().orElse(null), withText ? sms.textForStaff() : null);
    }
}
