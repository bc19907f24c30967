package io.jingwu.api.fraud.index.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Computes the anti-fraud index every ten minutes, so that today's level follows the reports of the day and no
 * public answer computes anything. The timer is not persistent, so it runs on every instance: that each county
 * day is written once at a time, with the same figures, comes from {@link CountyIndexDays}.
 */
@Singleton
@DependsOn("DatabaseMigrations")
public class FraudIndexTimer {

    private static final Logger LOG = Logger.getLogger(FraudIndexTimer.class.getName());

    @Inject
    FraudIndexRun run;

    @Inject
    Clock clock;

    /** Each county has its own transaction: none around the whole run. */
    @Schedule(minute = "3/10", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void compute() {
        try {
            int days = run.run(clock.instant());
            LOG.fine(() -> "Anti-fraud index: " + days + " county days computed");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Anti-fraud index run failed; tried again in ten minutes", e);
        }
    }
}
