package io.jingwu.api.notifications.boundary;

import io.jingwu.api.notifications.control.OutboxDelivery;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox every ten seconds, on every instance: the row locks keep instances from sending one
 * message twice. Each message gets its own transaction, so the run itself has none.
 */
@Singleton
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());

    @Inject
    OutboxDelivery delivery;

    @Inject
    Clock clock;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        try {
            delivery.run(clock.instant());
        } catch (RuntimeException e) {
            // Not thrown on to the container, which would retry at once: the next run is ten seconds away.
            LOG.log(Level.WARNING, "Outbox delivery run failed", e);
        }
    }
}
