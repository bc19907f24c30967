package io.jingwu.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A clerk's browser on the workbench, over HTTP: it signs in through the real sign-in page (the form posted with
 * its view state) and keeps the session cookie, so that the pages it then asks for are rendered for a signed-in
 * clerk exactly as for a browser (scripts and styles not fetched).
 */
final class WorkbenchBrowser {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    WorkbenchBrowser(URI base) {
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("The benchmarks load loopback only, not " + base.getHost());
        }
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** GET the sign-in page, POST its form; fails unless the workbench's home page follows. */
    void signIn(String username, String password) throws IOException {
        String form = page("workbench/sign-in.xhtml?lang=zh");
        Matcher viewState = VIEW_STATE.matcher(form);
        if (!viewState.find()) {
            throw new JingwuClient.UnexpectedAnswer("The sign-in page has no view state");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signIn", "signIn");
        fields.put("signIn:username", username);
        fields.put("signIn:password", password);
        fields.put("signIn:submit", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> home = send(HttpRequest.newBuilder(base.resolve("workbench/sign-in.xhtml"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (home.statusCode() != 200 || !home.body().contains("id=\"welcome\"")) {
            throw new JingwuClient.UnexpectedAnswer("Signing in as " + username + " did not lead to the workbench ("
                    + home.statusCode() + " at " + home.uri() + ")");
        }
    }

    /** A page's full render; fails on any status but 200. */
    String page(String path) throws IOException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build());
        if (answer.statusCode() != 200) {
            throw new JingwuClient.UnexpectedAnswer("GET " + path + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
