package io.jingwu.bench;

import java.time.Duration;

/** A hung server or database must not hold the machine: past its time limit a benchmark's whole process ends. */
final class TimeLimit {

    private TimeLimit() {
    }

    static void stopAfter(Duration limit) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("Time limit of " + limit.toMinutes() + " min reached: stopping.");
            System.exit(3);
        }, "time-limit");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
