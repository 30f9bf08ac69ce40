package vn.bacson.khenthuong.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * Every answer under /api/** is problem+json with a code (issue 11, points 2, 4, 5 and 6): each handler mapping
 * of the application, found in the handler mapping so that a new endpoint is covered without editing this test,
 * is called with a wrong method, a wrong body type and a record that does not exist; each list with absurd
 * pages and sizes; oversize uploads, %00 and very long addresses over a real socket; dates outside their range.
 */
class ApiErrorsIT extends PostgresIT {

    private static final List<HttpMethod> METHODS =
            List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** A staff user who may call most endpoints, a unit, and nobody. */
    private static final List<String> CALLERS = List.of("vhxh", "thon1", "");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    record Endpoint(String pattern, Set<HttpMethod> methods, HandlerMethod handler) {

        boolean takesBody() {
            return Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        }

        boolean hasPathVariables() {
            return pattern.contains("{");
        }

        /** The pattern with every path variable a fresh random UUID: a record that does not exist. */
        String missingRecordPath() {
            return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        /** Whether this mapping takes {@code method} on {@code path} (so it is no wrong method there). */
        boolean matches(String path, HttpMethod method) {
            return methods.contains(method)
                    && PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
        }
    }

    private List<Endpoint> apiEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            Set<HttpMethod> methods = entry.getKey().getMethodsCondition().getMethods().stream()
                    .map(m -> HttpMethod.valueOf(m.name()))
                    .collect(Collectors.toSet());
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    endpoints.add(
                            new Endpoint(pattern, methods.isEmpty() ? Set.copyOf(METHODS) : methods, entry.getValue()));
                }
            }
        }
        return endpoints;
    }

    private Api caller(String username) {
        return username.isEmpty() ? anonymous() : api(username);
    }

    /** The administrator's endpoints are walked as the administrator: anyone else is refused before anything. */
    private static boolean adminOnly(Endpoint e) {
        return e.pattern().startsWith("/api/admin/");
    }

    /** Logged-in callers allowed to reach a list. */
    private List<Api> staffFor(Endpoint list, String... usernames) {
        if (adminOnly(list)) {
            return List.of(api("admin"));
        }
        return Arrays.stream(usernames).map(this::api).toList();
    }

    /** problem+json with a code, never a 500, never Spring's default JSON or an HTML page. */
    private static void assertProblem(SoftAssertions soft, String what, ApiResponse response) {
        soft.assertThat(response.status()).as(what + " -> " + response).isBetween(400, 499);
        soft.assertThat(String.valueOf(response.contentType()))
                .as(what + " content type -> " + response)
                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String code = null;
        try {
            code = response.code();
        } catch (RuntimeException notJson) {
            // reported by the assertion below
        }
        soft.assertThat(code).as(what + " code -> " + response).isNotBlank();
    }

    @Test
    void everyApiMappingAnswersProblemJsonToWrongMethodsBodiesAndMissingRecords() {
        List<Endpoint> endpoints = apiEndpoints();
        assertThat(endpoints).as("the walk found the API").hasSizeGreaterThan(30);
        SoftAssertions soft = new SoftAssertions();
        for (String username : CALLERS) {
            String who = username.isEmpty() ? "anonymous" : username;
            for (Endpoint e : endpoints) {
                Api api = adminOnly(e) && !username.isEmpty() ? api("admin") : caller(username);
                String path = e.missingRecordPath();
                // a method no mapping of this address accepts
                METHODS.stream()
                        .filter(m -> endpoints.stream().noneMatch(other -> other.matches(path, m)))
                        .findFirst()
                        .ifPresent(wrong -> {
                            ApiResponse answer = api.send(wrong, path, MediaType.APPLICATION_JSON, "{}", h -> {});
                            assertProblem(soft, who + " " + wrong + " " + e.pattern(), answer);
                            if (!username.isEmpty()) {
                                soft.assertThat(answer.status())
                                        .as(who + " " + wrong + " " + e.pattern() + " -> " + answer)
                                        .isEqualTo(405);
                            }
                        });
                for (HttpMethod method : e.methods()) {
                    String what = who + " " + method + " " + e.pattern();
                    if (method != HttpMethod.GET && method != HttpMethod.DELETE) {
                        for (MediaType wrongType : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML)) {
                            ApiResponse answer = api.send(method, path, wrongType, "<a>1</a>", h -> {});
                            assertProblem(soft, what + " as " + wrongType, answer);
                            if (!username.isEmpty() && e.takesBody()) {
                                soft.assertThat(answer.code())
                                        .as(what + " as " + wrongType + " -> " + answer)
                                        .isEqualTo("UNSUPPORTED_MEDIA_TYPE");
                            }
                        }
                    }
                    ApiResponse missing = method == HttpMethod.GET || method == HttpMethod.DELETE
                            ? api.send(method, path, null, null, h -> {})
                            : api.send(method, path, MediaType.APPLICATION_JSON, "{}", h -> {});
                    if (e.hasPathVariables() || missing.status() >= 400) {
                        assertProblem(soft, what + " (record " + path + ")", missing);
                    }
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void unknownApiAddressesAnswerNotFoundAsProblemJson() {
        for (Api api : List.of(api("vhxh"), anonymous())) {
            ApiResponse answer = api.get("/api/khong-co-dia-chi-nay/" + UUID.randomUUID());
            assertThat(answer.contentType().toString()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(answer.code()).isIn("NOT_FOUND", "UNAUTHENTICATED");
        }
        ApiResponse known = api("vhxh").get("/api/khong-co-dia-chi-nay");
        assertThat(known.status()).isEqualTo(404);
        assertThat(known.code()).isEqualTo("NOT_FOUND");
    }

    // --- paging: one rule for every list -------------------------------------------------------------------

    /** Every API handler that answers a page, found by its return type. */
    private List<Endpoint> lists() {
        return apiEndpoints().stream()
                .filter(e -> PageResult.class.isAssignableFrom(
                        e.handler().getMethod().getReturnType()))
                .toList();
    }

    @Test
    void everyListTakesItsPageFromTheOneResolver() {
        assertThat(lists()).as("lists found").hasSizeGreaterThanOrEqualTo(8);
        for (Endpoint list : lists()) {
            assertThat(Arrays.stream(list.handler().getMethodParameters())
                            .anyMatch(p -> p.getParameterType().equals(PageQuery.class)))
                    .as(list.pattern() + " takes a PageQuery")
                    .isTrue();
            assertThat(Arrays.stream(list.handler().getMethodParameters())
                            .map(p -> p.getParameterAnnotation(RequestParam.class))
                            .filter(a -> a != null)
                            .map(a -> a.name().isEmpty() ? a.value() : a.name()))
                    .as(list.pattern() + " binds no page or size of its own")
                    .doesNotContain("page", "size");
        }
    }

    /** The list's address with its required UUID parameters set to a real campaign. */
    private String listUrl(Endpoint list, String campaignId, String paging) {
        StringBuilder query = new StringBuilder(paging);
        for (var parameter : list.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null
                    && param.required()
                    && parameter.getParameterType().equals(UUID.class)) {
                String name = !param.name().isEmpty()
                        ? param.name()
                        : !param.value().isEmpty() ? param.value() : parameter.getParameterName();
                query.append('&').append(name).append('=').append(campaignId);
            }
        }
        return list.missingRecordPath() + "?" + query;
    }

    @Test
    void hugePageNumbersAnswerAnEmptyPageOrAFieldErrorOnEveryList() {
        String campaignId = createOpenCampaign();
        SoftAssertions soft = new SoftAssertions();
        for (Endpoint list : lists()) {
            boolean isPublic = list.pattern().startsWith("/api/public/");
            for (Api api : isPublic ? List.of(api("vhxh"), anonymous()) : staffFor(list, "vhxh")) {
                for (String paging : List.of("page=2147483647&size=200", "page=99999999&size=20", "page=2147483647")) {
                    ApiResponse answer = api.get(listUrl(list, campaignId, paging));
                    if (list.hasPathVariables()) {
                        // the list of a record that does not exist: its 404, not an overflow
                        assertProblem(soft, list.pattern() + "?" + paging, answer);
                        continue;
                    }
                    soft.assertThat(answer.status())
                            .as(list.pattern() + "?" + paging + " -> " + answer)
                            .isEqualTo(200);
                    if (answer.status() == 200) {
                        soft.assertThat(answer.json().get("items").size())
                                .as(list.pattern() + "?" + paging)
                                .isZero();
                    }
                }
                for (String paging : List.of("page=99999999999&size=20", "page=-1", "page=abc")) {
                    ApiResponse answer = api.get(listUrl(list, campaignId, paging));
                    assertProblem(soft, list.pattern() + "?" + paging, answer);
                    soft.assertThat(answer.code())
                            .as(list.pattern() + "?" + paging)
                            .isEqualTo("VALIDATION_FAILED");
                    soft.assertThat(answer.json().at("/errors/0/field").asText())
                            .as(list.pattern() + "?" + paging)
                            .isEqualTo("page");
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void sizeOver200AnswersPageSizeTooLargeOnEveryListWhateverElseIsMissing() {
        SoftAssertions soft = new SoftAssertions();
        for (Endpoint list : lists()) {
            boolean isPublic = list.pattern().startsWith("/api/public/");
            for (Api api : isPublic ? List.of(api("vhxh"), anonymous()) : staffFor(list, "vhxh", "thon1")) {
                for (String size : List.of("201", "99999999999")) {
                    // no campaignId either: the paging rule answers first, the same on every list
                    ApiResponse answer = api.get(list.missingRecordPath() + "?size=" + size);
                    assertProblem(soft, list.pattern() + "?size=" + size, answer);
                    soft.assertThat(answer.code())
                            .as(list.pattern() + "?size=" + size + " -> " + answer)
                            .isEqualTo("PAGE_SIZE_TOO_LARGE");
                }
            }
        }
        soft.assertAll();
    }

    // --- oversize uploads over a real socket ---------------------------------------------------------------

    private HttpResponse<String> upload(int fileBytes, int padding) throws Exception {
        String boundary = "----khenthuong" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n")
                .getBytes(StandardCharsets.UTF_8));
        if (padding > 0) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"extra\"; "
                            + "filename=\"extra.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(new byte[padding]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"to.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] file = new byte[fileBytes];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, file, 0, header.length);
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/dossiers/" + UUID.randomUUID() + "/documents"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic("thon1"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oversizeUploadsAnswer413WithAProblemTheClientReceives() throws Exception {
        HttpResponse<String> file = upload(21 * 1024 * 1024, 0);
        assertThat(file.statusCode()).as(file.body()).isEqualTo(413);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(file.body()).get("code").asText()).isEqualTo("FILE_TOO_LARGE");

        // 30 MB in two files, each under the file limit: the request as a whole is too large
        HttpResponse<String> request = upload(15 * 1024 * 1024, 15 * 1024 * 1024);
        assertThat(request.statusCode()).as(request.body()).isEqualTo(413);
        assertThat(json(request.body()).get("code").asText()).isEqualTo("REQUEST_TOO_LARGE");
    }

    // --- what the container refuses before the application: over a raw socket -----------------------------

    record RawResponse(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private RawResponse raw(String requestLine, Consumer<StringBuilder> extraHeaders) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
            request.append("Authorization: ").append(basic("vhxh")).append("\r\n");
            extraHeaders.accept(request);
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String[] head = all.substring(0, split).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(
                        head[i].substring(0, colon).strip().toLowerCase(),
                        head[i].substring(colon + 1).strip());
            }
            String body = all.substring(split + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new RawResponse(Integer.parseInt(head[0].split(" ")[1]), headers, body);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            // sizes count bytes; the bodies here are ASCII or short UTF-8, close enough to cut by bytes
            byte[] rest = chunked.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
            out.append(chunk);
            at = eol + 2 + chunk.length() + 2;
        }
    }

    private void assertRawProblem(String what, RawResponse response) {
        assertThat(response.status()).as(what + " -> " + response).isBetween(400, 499);
        assertThat(response.contentType()).as(what + " -> " + response).startsWith("application/problem+json");
        JsonNode problem = json(response.body());
        assertThat(problem.get("code").asText()).as(what).isNotBlank();
        assertThat(response.body()).doesNotContain("Tomcat", "Exception", "at org.");
    }

    @Test
    void theContainersOwnRefusalsUnderApiAreProblemJson() throws IOException {
        String id10000 = "a".repeat(10_000);
        Map<String, String> requestLines = new LinkedHashMap<>();
        requestLines.put("%00 in a path", "GET /api/dossiers/%00 HTTP/1.1");
        requestLines.put("%00 after an id", "GET /api/dossiers/" + UUID.randomUUID() + "%00 HTTP/1.1");
        requestLines.put("a 10,000-character id", "GET /api/dossiers/" + id10000 + " HTTP/1.1");
        requestLines.put("malformed percent-encoding", "GET /api/dossiers/%zz%G1 HTTP/1.1");
        requestLines.put("an encoded slash", "GET /api/dossiers/a%2Fb HTTP/1.1");
        requestLines.put("a 100,000-character address", "GET /api/campaigns?x=" + "b".repeat(100_000) + " HTTP/1.1");
        for (Map.Entry<String, String> line : requestLines.entrySet()) {
            assertRawProblem(line.getKey(), raw(line.getValue(), h -> {}));
        }
        assertRawProblem(
                "a 40,000-character header",
                raw(
                        "GET /api/campaigns HTTP/1.1",
                        h -> h.append("X-Long: ").append("c".repeat(40_000)).append("\r\n")));
    }

    @Test
    void pagesOutsideTheApiNeverShowTomcatsPageOrAStackTrace() throws IOException {
        for (String line : List.of(
                "GET /dossiers/%00 HTTP/1.1",
                "GET /khong-co-trang-nay/%zz HTTP/1.1",
                "GET /dossiers/" + "a".repeat(10_000) + " HTTP/1.1",
                "GET /khong-co-trang-nay HTTP/1.1")) {
            RawResponse page = raw(line, h -> h.append("Accept: text/html\r\n"));
            assertThat(page.status()).as(line).isBetween(400, 499);
            assertThat(page.contentType()).as(line).startsWith("text/html");
            assertThat(page.body())
                    .as(line)
                    .contains("Về trang chủ")
                    .doesNotContain("Apache Tomcat", "Exception", "at org.", "Whitelabel");
        }
    }

    // --- dates ---------------------------------------------------------------------------------------------

    @Test
    void everyEnteredDateHasAPlausibleRange() {
        String campaignId = createOpenCampaign();
        LocalDate today = LocalDate.now(PostgresIT.BUSINESS_ZONE);
        Api vhxh = api("vhxh");
        for (String congress : List.of("+999999999-12-31", "-999999999-01-01", "2099-01-01", "1900-01-01")) {
            ApiResponse patched = vhxh.patch("/api/campaigns/" + campaignId, Map.of("congressDate", congress));
            assertThat(patched.status()).as(congress + " -> " + patched).isEqualTo(400);
            assertThat(patched.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(patched.json().at("/errors/0/field").asText()).isEqualTo("congressDate");
        }
        for (String field : List.of("launchedOn", "congressDate")) {
            for (String value : List.of("+999999999-12-31", today.plusYears(30).toString())) {
                Map<String, Object> body = new LinkedHashMap<>(Map.of(
                        "code", unique("DATE"),
                        "title", "Phong trào kiểm thử ngày",
                        "launchedOn", today.toString(),
                        "awardForms", List.of("GIAY_KHEN_CHU_TICH_XA")));
                body.put(field, value);
                ApiResponse created = vhxh.post("/api/campaigns", body);
                assertThat(created.status())
                        .as(field + "=" + value + " -> " + created)
                        .isEqualTo(400);
                assertThat(created.json().findValuesAsText("field"))
                        .as(field + "=" + value)
                        .contains(field);
            }
        }
        for (String meeting : List.of("2099-01-01", today.plusDays(1).toString(), "+999999999-12-31")) {
            ApiResponse session = api("hoidong")
                    .post(
                            "/api/council-sessions",
                            Map.of(
                                    "campaignId",
                                    campaignId,
                                    "meetingDate",
                                    meeting,
                                    "membersTotal",
                                    9,
                                    "membersPresent",
                                    9,
                                    "votes",
                                    List.of(Map.of("nomineeId", UUID.randomUUID(), "votesFor", 9))));
            assertThat(session.status()).as(meeting + " -> " + session).isEqualTo(400);
            assertThat(session.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(session.json().at("/errors/0/field").asText()).isEqualTo("meetingDate");
        }
    }
}
