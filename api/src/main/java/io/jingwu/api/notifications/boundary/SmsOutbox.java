package io.jingwu.api.notifications.boundary;

import io.jingwu.api.notifications.control.SmsProviders;
import io.jingwu.api.notifications.entity.OutboxSms;
import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.platform.personal.PhoneNumbers;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The outbox as administrators read it. The texts are shown only while no SMS provider is connected (test
 * installations), and never a one-time code's digits: a code read here would open a citizen's request past the
 * audit of personal-data reads. The development provider ({@code file}) keeps the codes for a developer instead.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SmsOutbox {

    public static final int MAX_LIMIT = 200;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    SmsProviders providers;

    /**
     * The newest messages first.
     *
     * @param phone only the messages to this phone, as a citizen would type it; all when null or blank
     */
    public List<OutboxMessageView> newest(String phone, int limit) {
        TypedQuery<OutboxSms> query;
        if (phone == null || phone.isBlank()) {
            query = em.createNamedQuery(OutboxSms.NEWEST, OutboxSms.class);
        } else {
            String e164 = PhoneNumbers.normalise(phone).orElseThrow(() ->
                    new InvalidInputException(List.of(FieldError.of("phone", "outbox.phone.invalid"))));
            query = em.createNamedQuery(OutboxSms.NEWEST_TO_PHONE, OutboxSms.class)
                    .setParameter("hash", LookupHashes.phone(e164));
        }
        boolean withText = providers.noneConnected();
        return query.setMaxResults(Math.max(1, Math.min(limit, MAX_LIMIT))).getResultStream()
                .map(sms -> OutboxMessageView.of(sms, withText))
                .toList();
    }
}
