package vn.bacson.khenthuong.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser session without a browser: form login with the CSRF token of the login page, then calls that carry
 * only the session cookie (and, when asked, the CSRF header the pages expose in {@code <meta name="_csrf">}).
 */
public final class Browser {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile(
            "<meta\\s+name=\"_csrf\"\\s+content=\"([^\"]+)\"|<meta\\s+content=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern META_HEADER = Pattern.compile(
            "<meta\\s+name=\"_csrf_header\"\\s+content=\"([^\"]+)\"|<meta\\s+content=\"([^\"]+)\"\\s+name=\"_csrf_header\"");

    private final Api http;

    public Browser(String baseUrl, ObjectMapper mapper) {
        this.http = Api.anonymous(baseUrl, mapper);
    }

    /** The cookie-keeping client of this session, for plain GETs and for requests without a CSRF token. */
    public Api http() {
        return http;
    }

    /** Opens the login page, posts the form with its CSRF token; answers the POST's response (302 on success). */
    public ApiResponse login(String username, String password) {
        ApiResponse page = http.get("/login");
        Matcher token = HIDDEN_CSRF.matcher(page.text());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF field on the login page: " + page.text());
        }
        return submitForm("/login", Map.of("username", username, "password", password, "_csrf", token.group(1)));
    }

    /** Posts a form as a browser does (Accept: text/html), e.g. {@code submitForm("/logout", Map.of("_csrf", t))}. */
    public ApiResponse submitForm(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return http.send(
                HttpMethod.POST,
                path,
                MediaType.APPLICATION_FORM_URLENCODED,
                form,
                h -> h.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL)));
    }

    /** Logs out with the CSRF token of the start page, as the logout button does. */
    public ApiResponse logout() {
        return submitForm("/logout", Map.of("_csrf", csrf()[1]));
    }

    /** POST a JSON body with the CSRF header, as a page of the web UI does by script. */
    public ApiResponse postWithCsrf(String path, Object body, Object... uriVariables) {
        String[] csrf = csrf();
        return http.send(
                HttpMethod.POST, path, MediaType.APPLICATION_JSON, body, h -> h.set(csrf[0], csrf[1]), uriVariables);
    }

    /** {header name, token} from the start page's meta tags. */
    public String[] csrf() {
        String home = http.get("/").text();
        Matcher token = META_CSRF.matcher(home);
        Matcher header = META_HEADER.matcher(home);
        if (!token.find() || !header.find()) {
            throw new IllegalStateException("No CSRF meta tags on the start page: " + home);
        }
        return new String[] {firstGroup(header), firstGroup(token)};
    }

    private static String firstGroup(Matcher matcher) {
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}
