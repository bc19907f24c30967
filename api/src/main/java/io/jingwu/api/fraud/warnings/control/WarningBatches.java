package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.fraud.warnings.entity.FraudSubscription;
import io.jingwu.api.fraud.warnings.entity.FraudWarning;
import io.jingwu.api.fraud.warnings.entity.SubscriptionStatus;
import io.jingwu.api.notifications.control.SmsGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queues a warning's text messages, one batch of phones at a time, each batch in a transaction of its own: a city's
 * followers never hold one transaction (and its locks) for the whole city. A phone that follows several districts of
 * the area is sent the warning once, in the language and with the link of the subscription it confirmed last. The
 * warning's row is locked for the batch, so that two instances taking up one warning queue each phone once between
 * them.
 */
@ApplicationScoped
public class WarningBatches {

    /** Phones a batch reaches: a batch writes as many outbox rows, each with its phone and text encrypted. */
    public static final int SIZE = 200;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    SmsGateway sms;

    @Inject
    UnsubscribeLinks links;

    @Inject
    Clock clock;

    int size = SIZE;

    /** Records the warning, in a transaction of its own, before any batch; its id. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long open(WarningRules.Checked warning, String publishedBy) {
        FraudWarning opened = new FraudWarning(warning.area(), warning.texts(), warning.scamKind(), publishedBy,
                clock.instant());
        em.persist(opened);
        em.flush(); // the database assigns the id
        return opened.id();
    }

    /**
     * The ids of the warnings left unfinished that no batch has moved since {@code before}: their publication was cut
     * short (an instance stopped), and is taken up again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> stalled(Instant before) {
        return em.createNamedQuery(FraudWarning.STALLED, Long.class).setParameter("before", before).getResultList();
    }

    /**
     * Queues the next batch of the warning.
     *
     * @return whether the warning has now reached every follower (also when it had already, or does not exist)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean next(long warningId) {
        FraudWarning warning = em.find(FraudWarning.class, warningId, LockModeType.PESSIMISTIC_WRITE);
        if (warning == null || warning.completed()) {
            return true;
        }
        String prefix = warning.area().prefix() + "%";
        List<String> phones = em.createQuery("SELECT DISTINCT s.phoneHash FROM FraudSubscription s"
                        + " WHERE s.status = :confirmed AND s.phoneHash > :cursor AND s.divisionCode LIKE :prefix"
                        + " ORDER BY s.phoneHash", String.class)
                .setParameter("confirmed", SubscriptionStatus.CONFIRMED)
                .setParameter("cursor", warning.cursor())
                .setParameter("prefix", prefix)
                .setMaxResults(size)
                .getResultList();
        Instant now = clock.instant();
        if (!phones.isEmpty()) {
            Map<String, FraudSubscription> recipients = lastConfirmedOfEach(phones, prefix);
            recipients.values().forEach(subscription -> sms.send(subscription.phone(),
                    WarningMessages.warning(subscription.language(), warning.texts(), links.of(subscription.tokenId())),
                    WarningMessages.PURPOSE, null));
            warning.queuedUpTo(phones.get(phones.size() - 1), recipients.size(), now);
        }
        if (phones.size() < size) {
            warning.complete(now);
        }
        return warning.completed();
    }

    /** Per phone, its subscription in the area confirmed last (one ended in the meantime is left out). */
    private Map<String, FraudSubscription> lastConfirmedOfEach(List<String> phones, String prefix) {
        Map<String, FraudSubscription> chosen = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM FraudSubscription s WHERE s.phoneHash IN :phones AND s.status = :confirmed"
                        + " AND s.divisionCode LIKE :prefix ORDER BY s.phoneHash, s.confirmedAt DESC, s.id DESC",
                        FraudSubscription.class)
                .setParameter("phones", phones)
                .setParameter("confirmed", SubscriptionStatus.CONFIRMED)
                .setParameter("prefix", prefix)
                .getResultStream()
                .forEach(subscription -> chosen.putIfAbsent(subscription.phoneHash(), subscription));
        return chosen;
    }
}
