package io.jingwu.api.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** Produces the clock every bean injects instead of calling {@code Instant.now()}: UTC, the system's time. */
@ApplicationScoped
public class Clocks {

    /**
     * China's time (UTC+8 all year), in which the service's days begin and end: working days, statistics periods,
     * "born today", the times pages show. Instants are stored and compared in UTC.
     */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Dependent: a clock is immutable, and a proxy of {@link Clock} would buy nothing. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
