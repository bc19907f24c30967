package io.jingwu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for the API as outside clients call it. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * Uploads go as browsers and phones send them, plain HTTP/1.1: this client's offer to upgrade to HTTP/2 (h2c)
     * leaves it waiting for an answer the server gives only after it has read the whole body, and the server
     * refuses some uploads (too many images, too large) without reading it.
     */
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    public Reply get(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
    }

    /**
     * A GET that may take longer than the usual 30 seconds, e.g. the API description, which the server builds at its
     * first request by scanning every resource class.
     */
    public Reply get(String path, Duration timeout, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), timeout, headers);
    }

    public Reply delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), headers);
    }

    public Reply post(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    public Reply put(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    public Reply patch(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    /** Posts an HTML form's fields, URL-encoded in UTF-8 as a browser sends them. */
    public Reply postForm(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    /** Posts raw bytes (an image, or anything pretending to be one) with the given Content-Type. */
    public Reply postBytes(String path, byte[] body, String contentType, String... headers) {
        return send(HTTP_1_1, HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), Duration.ofSeconds(30), headers);
    }

    /** Gets a binary body (an image) with its status and headers. */
    public Binary getBytes(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Cache-Control").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder builder, String... headers) {
        return send(builder, Duration.ofSeconds(30), headers);
    }

    private Reply send(HttpRequest.Builder builder, Duration timeout, String... headers) {
        return send(CLIENT, builder, timeout, headers);
    }

    private Reply send(HttpClient client, HttpRequest.Builder builder, Duration timeout, String... headers) {
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            HttpResponse<String> response = client.send(builder.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, Location header, body, and every header. */
    public record Reply(int status, String contentType, String location, String body, HttpHeaders headers) {

        /** The first value of a header (e.g. Retry-After), or null when the response has none. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public jakarta.json.JsonArray jsonArray() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }
    }

    /** A binary response: status, content type, Cache-Control and the bytes. */
    public record Binary(int status, String contentType, String cacheControl, byte[] body) {
    }
}
