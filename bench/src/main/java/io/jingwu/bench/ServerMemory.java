package io.jingwu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server process's memory as the system sees it: its resident set (VmRSS of /proc/&lt;pid&gt;/status), read now
 * or sampled while a load runs to keep the peak; and the largest heap its JVM may use, as the java launcher of the
 * same installation decides it (the -Xmx of JAVA_TOOL_OPTIONS, or the JVM's default share of the machine's memory).
 */
final class ServerMemory implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 100;

    private final long pid;
    private final AtomicLong peakKiB = new AtomicLong();
    private final Thread sampler;

    /** Starts sampling the process's resident memory until closed. */
    private ServerMemory(long pid) {
        this.pid = pid;
        this.sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long now = residentKiB(pid);
                peakKiB.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static ServerMemory sample(long pid) {
        return new ServerMemory(pid);
    }

    /** The highest resident memory seen so far, in KiB. */
    long peakKiB() {
        return Math.max(peakKiB.get(), residentKiB(pid));
    }

    @Override
    public void close() {
        sampler.interrupt();
    }

    /** VmRSS of the process in KiB; 0 when it cannot be read (no /proc, the process gone). */
    static long residentKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /**
     * The maximum heap (MaxHeapSize) the server's JVM runs with, in MiB: asked of the same java with the same
     * JAVA_TOOL_OPTIONS, so that a default heap (a quarter of the machine's memory) is told too.
     */
    static long maxHeapMiB(Map<String, String> environment) {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:+PrintFlagsFinal", "-version"))
                .redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            List<String> lines = new ArrayList<>();
            try (var reader = process.inputReader()) {
                reader.lines().forEach(lines::add);
            }
            process.waitFor(30, TimeUnit.SECONDS);
            for (String line : lines) {
                String[] words = line.trim().split("\\s+");
                if (words.length >= 4 && words[1].equals("MaxHeapSize")) {
                    return Long.parseLong(words[3]) >> 20;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        return -1;
    }
}
