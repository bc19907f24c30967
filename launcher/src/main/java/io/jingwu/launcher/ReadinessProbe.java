package io.jingwu.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until the application says it is ready, by asking its MicroProfile Health readiness
 * endpoint until it answers 200: Payara Micro's own boot message comes before the application has
 * migrated its database and can serve.
 */
final class ReadinessProbe {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    private final Duration interval;

    ReadinessProbe(Duration interval) {
        this.interval = interval;
    }

    void await(URI readiness, Duration limit) throws StartupFailure {
        long deadline = System.nanoTime() + limit.toNanos();
        String lastAnswer = "no answer";
        while (true) {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(readiness).timeout(REQUEST_TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode();
            } catch (IOException e) {
                lastAnswer = "no answer (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("Interrupted while waiting for " + readiness);
            }
            if (System.nanoTime() + interval.toNanos() > deadline) {
                throw new StartupFailure("Jingwu did not become ready within " + limit.toSeconds() + " s: "
                        + readiness + " last gave " + lastAnswer + " (see the log above)");
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("Interrupted while waiting for " + readiness);
            }
        }
    }
}
