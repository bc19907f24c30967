package io.jingwu.api.notifications.control;

import io.jingwu.api.notifications.entity.OutboxSms;
import io.jingwu.api.requests.entity.ServiceRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Keeps text messages in the outbox table, written in the same transaction as what caused them: a change that
 * rolls back sends nothing, and one that commits cannot lose its message.
 */
@ApplicationScoped
public class OutboxSmsGateway implements SmsGateway {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String phoneE164, String text, String purpose, ServiceRequest about) {
        em.persist(new OutboxSms(phoneE164, text, purpose, about, clock.instant()));
    }
}
