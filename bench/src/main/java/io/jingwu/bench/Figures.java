package io.jingwu.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one measured run gave: every successful call's latency, the wall time of the whole run and the errors.
 *
 * @param nanos      the latencies of the successful calls, sorted
 * @param seconds    from the first call's start to the last one's end
 * @param errors     calls answered with an error status
 * @param firstError the first of them, or {@code null}
 */
record Figures(String name, int clients, long[] nanos, double seconds, int errors, String firstError) {

    static Figures of(String name, int clients, long[] latencies, long elapsedNanos, int errors, String firstError) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Figures(name, clients, sorted, elapsedNanos / 1e9, errors, firstError);
    }

    int calls() {
        return nanos.length;
    }

    double medianMs() {
        return percentileMs(50);
    }

    double p99Ms() {
        return percentileMs(99);
    }

    double perSecond() {
        return nanos.length / seconds;
    }

    /** Nearest rank: the smallest latency that at least this share of the calls did not exceed. */
    double percentileMs(double percent) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * nanos.length);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }

    String line() {
        return String.format(Locale.ROOT, "%-30s %2d client%s %7d calls in %6.1f s: %8.1f/s, median %7.2f ms, p99 %7.2f ms%s",
                name, clients, clients == 1 ? " " : "s", calls(), seconds, perSecond(), medianMs(), p99Ms(),
                errors == 0 ? "" : ", " + errors + " errors, the first: " + firstError);
    }
}
