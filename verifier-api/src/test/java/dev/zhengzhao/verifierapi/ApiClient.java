package dev.zhengzhao.verifierapi;

import dev.zhengzhao.core.format.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A plain HTTP client for the tests: real requests to the running service. */
final class ApiClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A response with its body as text. */
    record Answer(int status, String contentType, String body, byte[] bytes) {
        Map<String, Object> json() {
            return Json.parseObject(body);
        }

        @SuppressWarnings("unchecked") // JSON arrays of objects
        java.util.List<Map<String, Object>> jsonList() {
            return (java.util.List<Map<String, Object>>) Json.parse(body);
        }
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    Answer get(String path, String key) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), key);
    }

    Answer post(String path, String key, String contentType, String body) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                key);
    }

    Answer postBytes(String path, String key, String contentType, byte[] body) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                key);
    }

    Answer postJson(String path, String key, Object body) {
        return post(path, key, "application/json", Json.write(body));
    }

    Answer send(HttpRequest.Builder request, String key) {
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    new String(r.body(), java.nio.charset.StandardCharsets.UTF_8),
                    r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
