package io.jingwu.api.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: the messages due at the given instant, a small batch per run, each in its own short
 * transaction ({@link OutboxAttempts}), so that one bad message neither holds back nor rolls back the others.
 * Every instance runs it; the row locks keep them from sending a message twice.
 */
@ApplicationScoped
public class OutboxDelivery {

    /** Per run and instance: at the scheduler's pace of one run every 10 seconds, plenty for citizens' messages. */
    static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @Inject
    OutboxAttempts attempts;

    /** One attempt at one message, by its outbox row id. */
    public record Attempt(long id, OutboxAttempts.Outcome outcome) {
    }

    /** The attempts this run made; messages another instance held or sent meanwhile are not among them. */
    public List<Attempt> run(Instant now) {
        List<Attempt> made = new ArrayList<>();
        for (long id : attempts.due(now, BATCH)) {
            try {
                attempts.deliver(id, now).ifPresent(outcome -> made.add(new Attempt(id, outcome)));
            } catch (RuntimeException broken) {
                LOG.log(Level.WARNING, "Outbox message " + id + " broke its delivery: " + broken.getClass().getName());
                try {
                    attempts.broke(id, broken, now).ifPresent(outcome -> made.add(new Attempt(id, outcome)));
                } catch (RuntimeException alsoBroken) {
                    LOG.log(Level.WARNING, "The outbox cannot record attempts; the next run goes on", alsoBroken);
                    break;
                }
            }
        }
        return made;
    }
}
