package io.jingwu.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

/**
 * Calls the server from a number of clients at once, each one call after the other (a closed loop: a client sends its
 * next call when the previous answer is in), and times every call. A failed call (an error status, or no answer in
 * time) is counted and shown beside the figures, which hold the successful calls only. When most calls fail, or
 * anything else goes wrong (the server is gone, a request was claimed twice), the whole run stops.
 */
final class Load {

    /** One call to the server; throws when the answer is not the expected one. */
    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    /** Past this many calls, a run in which more than a quarter failed stops: the figures would mean nothing. */
    private static final int CALLS_BEFORE_JUDGING = 40;

    private Load() {
    }

    /** Exactly {@code calls} calls, shared by the clients. */
    static Figures count(String name, int clients, int calls, Call call) throws Exception {
        return countPerClient(name, clients, calls, client -> call);
    }

    /** As many calls as the clients make in the given time. */
    static Figures during(String name, int clients, Duration duration, Call call) throws Exception {
        return duringPerClient(name, clients, duration, client -> call);
    }

    /** {@link #count}, each client (0 to clients - 1) making its own call, e.g. with its own key. */
    static Figures countPerClient(String name, int clients, int calls, IntFunction<Call> call) throws Exception {
        AtomicInteger left = new AtomicInteger(calls);
        return run(name, clients, began -> () -> left.getAndDecrement() > 0, call);
    }

    /** {@link #during}, each client (0 to clients - 1) making its own call, e.g. with its own key. */
    static Figures duringPerClient(String name, int clients, Duration duration, IntFunction<Call> call)
            throws Exception {
        return run(name, clients, began -> () -> System.nanoTime() - began < duration.toNanos(), call);
    }

    /** @param more given the start time, whether a client should make another call */
    private static Figures run(String name, int clients, LongFunction<BooleanSupplier> more, IntFunction<Call> calls)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicBoolean failed = new AtomicBoolean();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        BooleanSupplier[] another = new BooleanSupplier[1];
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Call call = calls.apply(i);
                workers.add(pool.submit(() -> {
                    Latencies latencies = new Latencies();
                    start.await();
                    while (!failed.get() && another[0].getAsBoolean()) {
                        long before = System.nanoTime();
                        int attempt = attempts.incrementAndGet();
                        try {
                            call.run();
                            latencies.add(System.nanoTime() - before);
                        } catch (JingwuClient.UnexpectedAnswer e) {
                            firstError.compareAndSet(null, e.getMessage());
                            int failures = errors.incrementAndGet();
                            if (attempt >= CALLS_BEFORE_JUDGING && 4 * failures > attempt) {
                                failed.set(true);
                                throw new IllegalStateException(failures + " of " + attempt + " calls failed in "
                                        + name + ", the first: " + firstError.get());
                            }
                        } catch (Exception | Error e) {
                            failed.set(true);
                            throw e;
                        }
                    }
                    return latencies.toArray();
                }));
            }
            long began = System.nanoTime();
            another[0] = more.apply(began);
            start.countDown();   // publishes another[0] to the clients
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                try {
                    all.add(worker.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            long elapsed = System.nanoTime() - began;
            return Figures.of(name, clients, all.stream().flatMapToLong(Arrays::stream).toArray(), elapsed,
                    errors.get(), firstError.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A growing array of longs: no boxing while the clock runs. */
    private static final class Latencies {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
