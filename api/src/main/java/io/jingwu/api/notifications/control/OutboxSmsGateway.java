package io.jingwu.api.notifications.control;

import io.jingwu.api.notifications.entity.OutboxSms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Keeps text messages in the outbox table, written in the same transaction as what caused them. */
@ApplicationScoped
public class OutboxSmsGateway implements SmsGateway {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String phoneE164, String text, String purpose) {
        em.persist(new OutboxSms(phoneE164, text, purpose, clock.instant()));
    }
}
