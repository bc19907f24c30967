package io.jingwu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An open-loop load: calls sent at a fixed arrival rate whatever the answers do, as citizens arrive, each timed from
 * the moment it was SCHEDULED to be sent, not from when it was actually sent. A closed loop (or a sender that falls
 * behind and times from its late send) waits for a slow answer before it sends the next call and so leaves out the
 * calls that would have waited behind it, reporting a p99 far better than citizens see (coordinated omission, Gil
 * Tene; wrk2 times calls the same way). Calls go out asynchronously over as many connections as they need, up to a
 * bound of calls in flight; a call that cannot go out because the bound is reached waits, and its wait counts.
 * The measured calls follow, on the same schedule without a break, {@link #LEAD_IN} of calls that are not counted:
 * the load is steady when the measure begins (the client's connections open, the server's threads busy).
 */
final class OpenLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_IN_FLIGHT = 2048;
    static final Duration LEAD_IN = Duration.ofSeconds(2);

    private OpenLoad() {
    }

    /**
     * @param rate    calls per second asked
     * @param body    each call's JSON body
     * @param created the answer's status that counts as success
     */
    static Result post(URI uri, double rate, Duration duration, Supplier<String> body, int created) throws InterruptedException {
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("The benchmarks load loopback only, not " + uri.getHost());
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long calls = Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        int leadIn = (int) Math.round(rate * LEAD_IN.toNanos() / 1e9);
        long interval = Math.round(1e9 / rate);
        long[] latencies = new long[leadIn + (int) calls];
        Arrays.fill(latencies, -1);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        CompletableFuture<?>[] answers = new CompletableFuture<?>[latencies.length];
        long start = System.nanoTime() + 10_000_000 + leadIn * interval;
        for (int i = -leadIn; i < calls; i++) {
            long scheduled = start + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.get())).build();
            int call = leadIn + i;
            answers[call] = http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failure) -> {
                long latency = System.nanoTime() - scheduled;
                inFlight.release();
                if (failure == null && answer.statusCode() == created) {
                    latencies[call] = latency;
                } else if (call >= leadIn) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, failure != null ? failure.toString() : "answered "
                            + answer.statusCode() + ": " + answer.body().substring(0, Math.min(200, answer.body().length())));
                }
            });
        }
        long lastScheduled = start + (calls - 1) * interval;
        try {
            CompletableFuture.allOf(answers).get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the calls without an answer count as errors below
        }
        long end = System.nanoTime();
        long[] measured = Arrays.copyOfRange(latencies, leadIn, latencies.length);
        String slowest = slowestMoments(measured, interval);
        long[] succeeded = Arrays.stream(measured).filter(latency -> latency >= 0).toArray();
        int unanswered = (int) (calls - succeeded.length - errors.get());
        return new Result(rate, calls, (lastScheduled - start + interval) / 1e9, (end - start) / 1e9,
                Figures.of("create, fixed rate", 0, succeeded, end - start, errors.get() + unanswered, firstError.get()),
                slowest);
    }

    /**
     * When the slowest hundredth of the calls were scheduled, in seconds from the first: bunched together they
     * point to a pause of the whole server (a collection, a timer's work), spread out to the calls themselves.
     */
    private static String slowestMoments(long[] latencies, long interval) {
        int count = Math.max(1, latencies.length / 100);
        return IntStream.range(0, latencies.length).boxed()
                .sorted((a, b) -> Long.compare(latencies[b], latencies[a])).limit(count).sorted()
                .map(call -> String.format(Locale.ROOT, "%.1f s (%.0f ms)", call * interval / 1e9, latencies[call] / 1e6))
                .collect(Collectors.joining(", "));
    }

    /**
     * @param asked          the arrival rate asked
     * @param sent           calls scheduled (and sent)
     * @param scheduleSeconds from the first scheduled send to the end of the last interval
     * @param seconds        from the first scheduled send to the last answer
     */
    record Result(double asked, long sent, double scheduleSeconds, double seconds, Figures figures, String slowest) {

        /**
         * Calls answered per second, over the schedule or until the last answer if that came later: below the rate
         * asked when the server falls behind or fails calls.
         */
        double achieved() {
            return figures.calls() / Math.max(scheduleSeconds, seconds);
        }

        double maxMs() {
            long[] nanos = figures.nanos();
            return nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "create at a fixed rate: %.1f/s asked, %.1f/s achieved (%d sent in %.1f s,"
                            + " last answer at %.1f s): median %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms, %d errors%s;"
                    + " the slowest hundredth scheduled at %s",
                    asked, achieved(), sent, scheduleSeconds, seconds, figures.medianMs(), figures.p99Ms(),
                    figures.percentileMs(99.9), maxMs(), figures.errors(),
                    figures.firstError() == null ? "" : ", the first: " + figures.firstError(), slowest);
        }
    }
}
