package io.jingwu.it;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.DoublePredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application's own metrics as operators read them at {@code /metrics}, for checks that wait for a moment inside
 * the server (a claim passing over a held request, an image being decoded) instead of sleeping for it.
 */
final class ApplicationMetrics {

    /** Between two reads of the metrics: a read takes a few milliseconds. */
    private static final Duration POLL = Duration.ofMillis(5);

    private final Http http;

    ApplicationMetrics(URI base) {
        this.http = new Http(base);
    }

    /**
     * The metric's value, by its name in the Prometheus text ({@code queue_claim_attempts_all_held_total}); 0 while
     * the server has not registered it yet, which it does when the code that keeps it first runs.
     */
    double value(String name) {
        Http.Reply metrics = http.get("metrics", "Accept", "text/plain");
        assertEquals(200, metrics.status(), metrics.body());
        return metrics.body().lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("mp_scope=\"application\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    /**
     * Until the metric's value passes the test, for at most {@code timeout}; fails as soon as {@code stillPossible}
     * says the moment can no longer come (the work it waits for has ended).
     */
    void await(String name, DoublePredicate reached, Duration timeout, BooleanSupplier stillPossible)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        while (!reached.test(value(name))) {
            assertTrue(stillPossible.getAsBoolean(), name + " never reached the value waited for");
            assertFalse(Instant.now().isAfter(giveUp), name + " did not reach the value waited for within " + timeout);
            Thread.sleep(POLL.toMillis());
        }
    }
}
