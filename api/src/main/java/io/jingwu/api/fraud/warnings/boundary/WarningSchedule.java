package io.jingwu.api.fraud.warnings.boundary;

import io.jingwu.api.fraud.warnings.control.WarningBatches;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes up, every minute on every instance, the publications cut short: a warning whose batches stopped (its
 * instance went down while queueing) goes on from the last phone reached. A publication in progress moves on within
 * seconds, so only one still for a minute is taken up; should two instances take up the same one, its row lock
 * lets one batch through at a time, each past the last.
 */
@Singleton
public class WarningSchedule {

    private static final Logger LOG = Logger.getLogger(WarningSchedule.class.getName());
    static final Duration STILL = Duration.ofMinutes(1);

    @Inject
    WarningBatches batches;

    @Inject
    FraudWarnings warnings;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resume() {
        try {
            for (long id : batches.stalled(clock.instant().minus(STILL))) {
                LOG.info(() -> "Taking up warning " + id + ", whose publication was cut short");
                warnings.finish(id);
            }
        } catch (RuntimeException e) {
            // not thrown on to the container, which would retry at once: the next run is a minute away
            LOG.log(Level.WARNING, "Taking up cut-short warnings failed", e);
        }
    }
}
