package io.jingwu.api.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Produces the clock every bean injects instead of calling {@code Instant.now()}: UTC, the system's time. */
@ApplicationScoped
public class Clocks {

    /** Dependent: a clock is immutable, and a proxy of {@link Clock} would buy nothing. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
