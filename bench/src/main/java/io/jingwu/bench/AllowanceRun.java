package io.jingwu.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * One institution checking as fast as its clients can for longer than a minute, every call kept with when it started
 * and ended and whether it was admitted or refused for the allowance (429): whether the allowance per minute is used up
 * and then held, and what a check costs with the institution's minute empty, nearly full, and once refused. Unlike
 * {@link Load}, a 429 is an answer here, not an error.
 */
final class AllowanceRun {

    static final Duration MINUTE = Duration.ofMinutes(1);

    /** One institution's check: true when refused for its allowance; throws when the answer is wrong. */
    @FunctionalInterface
    interface Check {
        boolean refused() throws Exception;
    }

    /** One call, its times in nanoseconds since the run began. */
    record Call(long start, long end, boolean refused) {
        long nanos() {
            return end - start;
        }
    }

    private final List<Call> calls;
    private final long elapsed;
    private final int errors;
    private final String firstError;

    private AllowanceRun(List<Call> calls, long elapsed, int errors, String firstError) {
        this.calls = calls;
        this.elapsed = elapsed;
        this.errors = errors;
        this.firstError = firstError;
    }

    /** The clients, each one call after the other, for {@code duration}; the calls in the order they started. */
    static AllowanceRun during(int clients, Duration duration, IntFunction<Check> checks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        long[] began = new long[1];
        try {
            List<Future<List<Call>>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Check check = checks.apply(i);
                workers.add(pool.submit(() -> {
                    List<Call> made = new ArrayList<>();
                    start.await();
                    long t0 = began[0];
                    long before;
                    while ((before = System.nanoTime()) - t0 < duration.toNanos()) {
                        try {
                            boolean refused = check.refused();
                            made.add(new Call(before - t0, System.nanoTime() - t0, refused));
                        } catch (JingwuClient.UnexpectedAnswer e) {
                            firstError.compareAndSet(null, e.getMessage());
                            if (errors.incrementAndGet() > 100) {
                                throw new IllegalStateException("More than 100 checks failed, the first: "
                                        + firstError.get());
                            }
                        }
                    }
                    return made;
                }));
            }
            began[0] = System.nanoTime();
            start.countDown();   // publishes began[0] to the clients
            List<Call> all = new ArrayList<>();
            for (Future<List<Call>> worker : workers) {
                try {
                    all.addAll(worker.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            all.sort(Comparator.comparingLong(Call::start));
            return new AllowanceRun(all, System.nanoTime() - began[0], errors.get(), firstError.get());
        } finally {
            pool.shutdownNow();
        }
    }

    int errors() {
        return errors;
    }

    private Stream<Call> admitted() {
        return calls.stream().filter(call -> !call.refused());
    }

    /** The first refusal's answer, in nanoseconds since the start; -1 when nothing was refused. */
    private long firstRefusal() {
        return calls.stream().filter(Call::refused).mapToLong(Call::end).min().orElse(-1);
    }

    /**
     * The admitted checks that had started when the first refusal was answered: while no check has left the minute,
     * exactly the allowance when no check was refused before it was used up.
     */
    long admittedBeforeFirstRefusal() {
        long first = firstRefusal();
        return admitted().filter(call -> first < 0 || call.start() < first).count();
    }

    /** Admitted checks answered in any minute of the run: the most, and the fewest of the full minutes. */
    long[] admittedPerMinute() {
        long[] ends = admitted().mapToLong(Call::end).sorted().toArray();
        long minute = MINUTE.toNanos();
        long most = 0;
        for (int from = 0, to = 0; from < ends.length; from++) {
            while (to < ends.length && ends[to] < ends[from] + minute) {
                to++;
            }
            most = Math.max(most, to - from);
        }
        long fewest = Long.MAX_VALUE;
        for (long t = 0; t + minute <= elapsed; t += minute / 600) {
            fewest = Math.min(fewest, between(ends, t, t + minute));
        }
        return new long[] {most, fewest == Long.MAX_VALUE ? -1 : fewest};
    }

    /**
     * The most admitted checks that both started and were answered within one 60 s. Each was decided in between, when
     * its counter was locked, so this is never more than the checks the server admitted in that minute: more than the
     * allowance would mean the allowance was overrun.
     */
    long mostAdmittedWithinAMinute() {
        List<Call> admitted = admitted().toList();
        long minute = MINUTE.toNanos();
        long most = 0;
        for (int i = 0; i < admitted.size(); i++) {
            long end = admitted.get(i).start() + minute;
            long within = 0;
            for (int j = i; j < admitted.size() && admitted.get(j).start() < end; j++) {
                within += admitted.get(j).end() < end ? 1 : 0;
            }
            most = Math.max(most, within);
        }
        return most;
    }

    private static long between(long[] sorted, long from, long to) {
        return index(sorted, to) - index(sorted, from);
    }

    /** The number of values below {@code value}. */
    private static int index(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The admitted checks that started while the institution's last minute held from {@code low} to {@code high}
     * admitted checks (those started within the minute before), as figures.
     */
    Figures admittedWithMinuteHolding(int clients, long low, long high) {
        long[] starts = admitted().mapToLong(Call::start).toArray();
        List<Call> chosen = new ArrayList<>();
        List<Call> admitted = admitted().toList();
        for (int i = 0; i < admitted.size(); i++) {
            long held = between(starts, starts[i] - MINUTE.toNanos() + 1, starts[i]);
            if (held >= low && held < high) {
                chosen.add(admitted.get(i));
            }
        }
        return figures(String.format(Locale.ROOT, "admitted, minute holding %,d to %,d", low, high), clients, chosen);
    }

    /** The refused checks (429) as figures. */
    Figures refused(int clients) {
        return figures("refused (429)", clients, calls.stream().filter(Call::refused).toList());
    }

    private Figures figures(String name, int clients, List<Call> chosen) {
        long span = chosen.isEmpty() ? 1
                : chosen.stream().mapToLong(Call::end).max().orElseThrow() - chosen.get(0).start();
        return Figures.of(name, clients, chosen.stream().mapToLong(Call::nanos).toArray(), span, 0, null);
    }

    /** What happened, in one sentence. */
    String summary(int clients, int allowance) {
        long admitted = admitted().count();
        long first = firstRefusal();
        long[] perMinute = admittedPerMinute();
        return String.format(Locale.ROOT, "one institution (%,d checks a minute), %d clients for %.1f s: %,d checks, "
                        + "%,d admitted, %,d refused (429), %d errors%s; %s; admitted checks answered in any 60 s: "
                        + "at most %,d, at least %,d; started and answered within one 60 s: at most %,d",
                allowance, clients, elapsed / 1e9, calls.size(), admitted, calls.size() - admitted, errors,
                firstError == null ? "" : " (the first: " + firstError + ")",
                first < 0 ? "never refused"
                        : String.format(Locale.ROOT, "first refused %.1f s in, after %,d admitted", first / 1e9,
                        admittedBeforeFirstRefusal()),
                perMinute[0], perMinute[1], mostAdmittedWithinAMinute());
    }
}
