package io.jingwu.bench;

import java.util.Locale;

/** What a benchmark prints while it runs, each line with the seconds since it started. */
final class Progress {

    private final long started = System.nanoTime();

    void say(String line) {
        System.out.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, line);
    }

    /** Prints the figures' line and gives them back. */
    Figures show(Figures figures) {
        say(figures.line());
        return figures;
    }

    /** Prints wrk's line and gives the result back. */
    Wrk.Result show(Wrk.Result result) {
        say(result.line());
        return result;
    }
}
