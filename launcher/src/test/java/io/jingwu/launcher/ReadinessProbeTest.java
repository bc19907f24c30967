package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadinessProbeTest {

    private static final Duration INTERVAL = Duration.ofMillis(20);

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void waitsWhileTheApplicationAnswers503() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        URI readiness = serve(() -> requests.incrementAndGet() < 3 ? 503 : 200);

        assertDoesNotThrow(() -> new ReadinessProbe(INTERVAL).await(readiness, Duration.ofSeconds(10)));
        assertEquals(3, requests.get());
    }

    @Test
    void givesUpAfterTheLimitNamingTheLastAnswer() throws IOException {
        URI readiness = serve(() -> 404);

        StartupFailure failure = assertThrows(StartupFailure.class,
                () -> new ReadinessProbe(INTERVAL).await(readiness, Duration.ofSeconds(1)));

        assertEquals("Jingwu did not become ready within 1 s: " + readiness + " last gave HTTP 404 (see the log above)",
                failure.getMessage());
    }

    @Test
    void aServerThatIsNotListeningYetCountsAsNotReady() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        URI readiness = URI.create("http://127.0.0.1:" + closedPort + "/health/ready");

        StartupFailure failure = assertThrows(StartupFailure.class,
                () -> new ReadinessProbe(INTERVAL).await(readiness, Duration.ofMillis(200)));

        assertTrue(failure.getMessage().contains("last gave no answer"), failure.getMessage());
    }

    private URI serve(java.util.function.IntSupplier status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health/ready", exchange -> {
            exchange.sendResponseHeaders(status.getAsInt(), -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health/ready");
    }
}
