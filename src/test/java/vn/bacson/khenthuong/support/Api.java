package vn.bacson.khenthuong.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A small HTTP client for the integration tests: {@code api("thon1").post("/api/dossiers", body)}. Each instance
 * keeps its own cookies and never follows redirects, so a session-based "browser" can be simulated too.
 * Bodies are written with the application's ObjectMapper (Maps, records, JsonNode).
 */
public final class Api {

    private final RestClient client;
    private final ObjectMapper mapper;

    private Api(String baseUrl, ObjectMapper mapper, HttpHeaders defaults) {
        this.mapper = mapper;
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        this.client = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(new JdkClientHttpRequestFactory(http))
                .messageConverters(converters -> {
                    converters.removeIf(c -> c instanceof MappingJackson2HttpMessageConverter);
                    converters.add(new MappingJackson2HttpMessageConverter(mapper));
                })
                .defaultHeaders(h -> h.addAll(defaults))
                .build();
    }

    /** HTTP Basic as this user (password {@code demo}, like every demo user). */
    public static Api basic(String baseUrl, ObjectMapper mapper, String username, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(username, password);
        return new Api(baseUrl, mapper, headers);
    }

    /** No credentials: anonymous, or a browser that logs in with {@link Browser}. */
    public static Api anonymous(String baseUrl, ObjectMapper mapper) {
        return new Api(baseUrl, mapper, new HttpHeaders());
    }

    public ApiResponse get(String path, Object... uriVariables) {
        return exchange(HttpMethod.GET, path, null, null, uriVariables);
    }

    public ApiResponse delete(String path, Object... uriVariables) {
        return exchange(HttpMethod.DELETE, path, null, null, uriVariables);
    }

    /** POST with a JSON body (null = no body). */
    public ApiResponse post(String path, Object body, Object... uriVariables) {
        return exchange(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON, uriVariables);
    }

    public ApiResponse put(String path, Object body, Object... uriVariables) {
        return exchange(HttpMethod.PUT, path, body, MediaType.APPLICATION_JSON, uriVariables);
    }

    public ApiResponse patch(String path, Object body, Object... uriVariables) {
        return exchange(HttpMethod.PATCH, path, body, MediaType.APPLICATION_JSON, uriVariables);
    }

    /** POST multipart/form-data; values may be Strings or {@link org.springframework.core.io.Resource}s. */
    public ApiResponse postMultipart(String path, Map<String, ?> parts, Object... uriVariables) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        parts.forEach(form::add);
        return exchange(HttpMethod.POST, path, form, MediaType.MULTIPART_FORM_DATA, uriVariables);
    }

    /** POST application/x-www-form-urlencoded, as a browser form does. */
    public ApiResponse postForm(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return exchange(HttpMethod.POST, path, form, MediaType.APPLICATION_FORM_URLENCODED);
    }

    /** Any request, with extra headers for this call only (contentType is used when body is not null). */
    public ApiResponse send(
            HttpMethod method,
            String path,
            MediaType contentType,
            Object body,
            Consumer<HttpHeaders> headers,
            Object... uriVariables) {
        RestClient.RequestBodySpec spec =
                client.method(method).uri(path, uriVariables).headers(headers);
        if (body != null) {
            spec.contentType(contentType).body(body);
        }
        return spec.exchange((request, response) -> new ApiResponse(
                response.getStatusCode().value(),
                response.getHeaders(),
                response.getBody().readAllBytes(),
                mapper));
    }

    private ApiResponse exchange(HttpMethod method, String path, Object body, MediaType type, Object... uriVariables) {
        return send(method, path, type, body, h -> {}, uriVariables);
    }
}
