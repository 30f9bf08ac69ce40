package vn.bacson.khenthuong.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * One benchmark client: its own java.net.http.HttpClient (so its own connection), HTTP Basic on every call, as
 * an outside API client would do. Non-2xx answers are returned, not thrown; {@link #ok} fails loudly.
 */
final class HttpApi {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;
    final String username;

    HttpApi(String baseUrl, String username, String password) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.baseUrl = baseUrl;
        this.username = username;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Response get(String path) {
        return send(request(path).header("Accept", "application/json").GET());
    }

    /** A page of the web UI as a browser asks for it (Accept: text/html): the server's answer, not the rendering. */
    Response page(String path) {
        return send(request(path).header("Accept", "text/html").GET());
    }

    Response post(String path, Object body) {
        HttpRequest.Builder request = request(path);
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        }
        return send(request);
    }

    /** multipart/form-data: text fields plus files (part name → file name → bytes). */
    Response multipart(String path, Map<String, String> fields, Map<String, Map.Entry<String, byte[]>> files) {
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        files.forEach((name, file) -> {
            write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                            + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(file.getValue());
            write(out, "\r\n");
        });
        write(out, "--" + boundary + "--\r\n");
        return send(request(path)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** The answer, which must be 2xx. */
    static Response ok(Response response, String what) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.status() + ": " + response.body());
        }
        return response;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
