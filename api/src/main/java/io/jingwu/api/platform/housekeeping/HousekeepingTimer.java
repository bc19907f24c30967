package io.jingwu.api.platform.housekeeping;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/** Purges expired records every quarter of an hour, on every instance (see {@link ExpiredRecords}). */
@Singleton
public class HousekeepingTimer {

    private static final Logger LOG = Logger.getLogger(HousekeepingTimer.class.getName());

    @Inject
    ExpiredRecords expired;

    @Inject
    Clock clock;

    @Schedule(minute = "7/15", hour = "*", persistent = false)
    void purge() {
        expired.purge(clock.instant()).forEach((table, count) -> {
            if (count > 0) {
                LOG.info(() -> "Housekeeping: deleted " + count + " expired rows of " + table);
            }
        });
    }
}
