package io.jingwu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls the benchmarks make, over HTTP/1.1 with kept-alive connections as a browser or a clerk's workbench would.
 * Each checks the status it expects and fails with the server's answer otherwise. The answers are read with a
 * pattern rather than a JSON parser: the benchmark only needs one string from each.
 */
final class JingwuClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TRACKING_NUMBER = Pattern.compile("\"trackingNumber\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern API_KEY = Pattern.compile("\"apiKey\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    /** @param base the server's root, on a loopback address */
    JingwuClient(URI base) {
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("The benchmarks load loopback only, not " + base.getHost());
        }
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Whether readiness (including the database) is reported. */
    boolean ready() {
        try {
            return send(get("health/ready")).statusCode() == 200;
        } catch (IOException | UnexpectedAnswer e) {
            return false;
        }
    }

    /** The trivial endpoint: what any call costs before the application does anything. */
    void ping() throws IOException {
        expect(200, send(get("api/v1/ping")));
    }

    String signIn(String username, String password) throws IOException {
        HttpResponse<String> answer = send(post("api/v1/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
        return find(TOKEN, expect(200, answer));
    }

    /** A sign-in that must be refused (401), as an unknown user or a wrong password are. */
    void signInRefused(String username, String password) throws IOException {
        expect(401, send(post("api/v1/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")));
    }

    void createClerk(String adminToken, String username, String password, String unitCode) throws IOException {
        expect(201, send(post("api/v1/admin/users", adminToken, "{\"username\":\"" + username + "\","
                + "\"displayName\":\"Bench clerk\",\"password\":\"" + password + "\",\"roles\":[\"CLERK\"],"
                + "\"unitCodes\":[\"" + unitCode + "\"]}")));
    }

    /** 接单 of the next request: its tracking number, or empty when the queue is empty. */
    Optional<String> claimNext(String clerkToken) throws IOException {
        HttpResponse<String> answer = send(post("api/v1/queue/claims", clerkToken, ""));
        if (answer.statusCode() == 204) {
            return Optional.empty();
        }
        return Optional.of(find(TRACKING_NUMBER, expect(200, answer)));
    }

    /** The public figures for the given query string; the answer's length. */
    int statistics(String query) throws IOException {
        return expect(200, send(get("api/v1/statistics?" + query))).length();
    }

    /** A citizen's submission; its tracking number. */
    String submit(String json) throws IOException {
        return find(TRACKING_NUMBER, expect(201, send(post("api/v1/requests", null, json))));
    }

    /** Anyone following a request by its tracking number: its status. */
    void track(String trackingNumber) throws IOException {
        expect(200, send(get("api/v1/requests/" + trackingNumber)));
    }

    /** A relying institution (a bank, a hotel) with the given allowance per minute; its key, shown this once. */
    String createInstitution(String adminToken, String name, String kind, int checksPerMinute) throws IOException {
        return find(API_KEY, expect(201, send(post("api/v1/admin/institutions", adminToken, "{\"name\":\"" + name
                + "\",\"kind\":\"" + kind + "\",\"checksPerMinute\":" + checksPerMinute + "}"))));
    }

    /**
     * An institution's check of a credential by its code or its QR code's token: the status it is told (VALID,
     * REVOKED, EXPIRED), or empty when no credential has this code (404). Anything else, a 429 included, is an error.
     */
    Optional<String> checkCredential(String apiKey, String codeOrToken) throws IOException {
        CheckAnswer answer = checkWithinAllowance(apiKey, codeOrToken);
        if (answer.refused()) {
            throw new UnexpectedAnswer("GET /api/v1/verifications answered 429: the institution's allowance is used up");
        }
        return answer.status();
    }

    /** {@link #checkCredential} for an institution that may use up its allowance: a 429 is an answer too. */
    CheckAnswer checkWithinAllowance(String apiKey, String codeOrToken) throws IOException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("api/v1/verifications/" + codeOrToken))
                .timeout(TIMEOUT).header("X-Api-Key", apiKey).header("Accept", "application/json").GET().build());
        return switch (answer.statusCode()) {
            case 429 -> new CheckAnswer(true, Optional.empty());
            case 404 -> new CheckAnswer(false, Optional.empty());
            default -> new CheckAnswer(false, Optional.of(find(STATUS, expect(200, answer))));
        };
    }

    /**
     * What an institution's check was answered: refused for its allowance (429), or the credential's status (empty
     * when no credential has the code).
     */
    record CheckAnswer(boolean refused, Optional<String> status) {
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
    }

    private HttpRequest post(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new UnexpectedAnswer(request.method() + " " + request.uri().getPath() + " gave no answer within "
                    + TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            String body = answer.body() == null ? "" : answer.body();
            throw new UnexpectedAnswer(answer.request().method() + " " + answer.uri().getPath() + " answered "
                    + answer.statusCode() + " instead of " + status + ": "
                    + body.substring(0, Math.min(body.length(), 300)));
        }
        return answer.body();
    }

    /** The server answered, but not as it should have, or not in time: counted as an error, shown with the figures. */
    static final class UnexpectedAnswer extends RuntimeException {
        UnexpectedAnswer(String message) {
            super(message);
        }
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected answer: " + body.substring(0, Math.min(body.length(), 500)));
        }
        return matcher.group(1);
    }
}
