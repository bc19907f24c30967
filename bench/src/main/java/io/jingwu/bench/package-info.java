/**
 * Benchmarks: programs that start Jingwu on a database of their own, load it over loopback for a bounded time and
 * print figures, each beside the same server's trivial endpoint measured in the same run; and one that retrains the
 * anti-fraud text model and prints its cross-validated quality ({@link io.jingwu.bench.ScamModelBenchmark}).
 */
package io.jingwu.bench;
