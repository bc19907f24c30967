package io.jingwu.api.sla.control;

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
 * Sweeps every 30 seconds. The timer is not persistent, so it runs on every instance: that a warning or breach
 * is raised once comes from the sweep's row locks and stamps, not from the timer.
 */
@Singleton
@DependsOn({"DatabaseMigrations", "DataEncryption"})
public class SlaTimer {

    private static final Logger LOG = Logger.getLogger(SlaTimer.class.getName());

    @Inject
    SlaSweep sweep;

    @Inject
    Clock clock;

    /** Each batch has its own transaction: none around the whole sweep. */
    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            SlaSweep.SweepCounts counts = sweep.sweep(clock.instant());
            if (counts.warned() + counts.breached() > 0) {
                LOG.info(() -> "SLA sweep: " + counts.warned() + " warnings, " + counts.breached() + " breaches");
            }
        } catch (RuntimeException e) {
            // The next run tries again; rows of a failed batch were rolled back, not half stamped.
            LOG.log(Level.WARNING, "SLA sweep failed", e);
        }
    }
}
