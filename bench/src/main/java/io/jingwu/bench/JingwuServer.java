package io.jingwu.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Jingwu as users run it ({@code java -jar launcher/target/jingwu.jar}), in a process of its own with its output in a
 * log file, on a free port. Closing it stops the process, and so does the end of the benchmark's own process, however
 * that comes: nothing the benchmark started outlives it.
 */
final class JingwuServer implements AutoCloseable {

    private static final Duration READY_LIMIT = Duration.ofMinutes(4);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

    private final Process process;
    private final Path log;
    private final URI base;
    private final Thread stopAtExit;

    private JingwuServer(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.stopAtExit = new Thread(this::stop, "stop-jingwu");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Starts the jar with the given configuration (environment variables) and waits until it is ready. */
    static JingwuServer start(Path jar, Map<String, String> environment, Path log) throws IOException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("JINGWU_PORT", Integer.toString(port));
        JingwuServer server = new JingwuServer(builder.start(), log, URI.create("http://127.0.0.1:" + port + "/"));
        try {
            server.awaitReady();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    URI base() {
        return base;
    }

    Path log() {
        return log;
    }

    /** The server's process (the launcher's JVM, which runs Payara Micro in itself), e.g. to read its memory. */
    long pid() {
        return process.pid();
    }

    private void awaitReady() throws IOException {
        JingwuClient client = new JingwuClient(base);
        long deadline = System.nanoTime() + READY_LIMIT.toNanos();
        while (!client.ready()) {
            if (!process.isAlive()) {
                throw new IOException("Jingwu stopped with exit code " + process.exitValue() + " before it was ready; "
                        + "see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("Jingwu was not ready within " + READY_LIMIT.toSeconds() + " s; see " + log);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Jingwu", e);
            }
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the hook runs now, or already ran
        }
    }

    /** Asks politely (SIGTERM: Payara Micro shuts down cleanly), then insists. */
    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
