package vn.bacson.khenthuong.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** What the server answered: status, headers and body, with JSON helpers. Never throws for 4xx/5xx. */
public record ApiResponse(int status, HttpHeaders headers, byte[] body, ObjectMapper mapper) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (status " + status + "): " + text(), e);
        }
    }

    public <T> T as(Class<T> type) {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + type.getSimpleName() + " from: " + text(), e);
        }
    }

    /** The stable problem code of an error answer ("code" of the problem+json), or null. */
    public String code() {
        JsonNode code = json().get("code");
        return code == null ? null : code.asText();
    }

    /** A string field of the JSON body, e.g. {@code str("id")}. */
    public String str(String field) {
        JsonNode value = json().get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public MediaType contentType() {
        return headers.getContentType();
    }

    public String location() {
        return headers.getFirst(HttpHeaders.LOCATION);
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}
