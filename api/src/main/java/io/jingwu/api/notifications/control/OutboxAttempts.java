package io.jingwu.api.notifications.control;

import io.jingwu.api.notifications.entity.OutboxSms;
import io.jingwu.api.notifications.entity.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * One attempt at one outbox message, in a transaction of its own that holds the message's row lock while the
 * provider is called: another instance passes the message over ({@code SKIP LOCKED}) instead of sending it too,
 * and a message that is no longer due by the time its lock is taken (sent meanwhile) is left alone.
 */
@ApplicationScoped
public class OutboxAttempts {

    private static final String DUE = "sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    SmsProvider provider;

    @Inject
    @ConfigProperty(name = "jingwu.sms.max-attempts", defaultValue = "8")
    int maxAttempts;

    public enum Outcome {
        SENT,
        /** Not delivered this time: due again later. */
        RETRYING,
        /** Not delivered at the last attempt: given up. */
        GAVE_UP
    }

    /** The messages due at {@code now}, the longest waiting first; read without locking them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM sms_outbox FORCE INDEX (sms_outbox_due) WHERE " + DUE
                        + " ORDER BY next_attempt_at, id LIMIT ?")
                .setParameter(1, utc(now))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Hands the message to the provider, if it is still due and no other instance holds it. A failure the
     * provider declares schedules the next attempt; anything else it throws rolls this transaction back, as if
     * the instance had died, and the caller records it with {@link #broke}.
     *
     * @return what became of it; empty when it was not this attempt's to make
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outcome> deliver(long id, Instant now) {
        return locked(id, now).map(sms -> {
            try {
                provider.deliver(sms.messageId(), sms.phone(), sms.text());
                sms.delivered(now);
                return Outcome.SENT;
            } catch (SmsNotDelivered e) {
                return notDelivered(sms, e.getMessage(), now);
            }
        });
    }

    /**
     * Records an attempt that ended in an unexpected error: it counts like a declared failure, so that a message
     * that always breaks is given up in the end rather than tried every run.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outcome> broke(long id, Throwable error, Instant now) {
        // The class only: an exception's message may quote the phone or the text.
        return locked(id, now).map(sms -> notDelivered(sms, error.getClass().getName(), now));
    }

    private Outcome notDelivered(OutboxSms sms, String error, Instant now) {
        sms.notDelivered(error, now, new RetrySchedule(maxAttempts));
        return sms.failedAt().isPresent() ? Outcome.GAVE_UP : Outcome.RETRYING;
    }

    private Optional<OutboxSms> locked(long id, Instant now) {
        List<?> row = em.createNativeQuery("SELECT id FROM sms_outbox WHERE id = ? AND " + DUE
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, id)
                .setParameter(2, utc(now))
                .getResultList();
        return row.isEmpty() ? Optional.empty() : Optional.of(em.find(OutboxSms.class, id));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
