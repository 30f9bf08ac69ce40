package vn.bacson.khenthuong.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.bacson.khenthuong.support.ItDatabase;

/**
 * PostgreSQL unreachable (issue 11, point 10): an application node of its own whose JDBC URL points at a TCP proxy
 * inside this test. Cutting the proxy is the outage — the machine's PostgreSQL server, shared with others, is never
 * stopped. While it is cut every request answers 503 SERVICE_UNAVAILABLE with Retry-After within seconds (HTTP Basic,
 * whose password check runs in the security filters, form login and pages alike); once restored, normal answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    private static final Pattern SERVER_AND_NAME =
            Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([A-Za-z0-9_]+).*");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    /** Well below the pool's former 30 s: the configured connection timeout (3 s) plus slack for a busy machine. */
    private static final Duration QUICK = Duration.ofSeconds(10);

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private TcpProxy proxy;
    private ClusterNode node;

    @BeforeAll
    void startNodeBehindAProxy() throws Exception {
        Matcher m = SERVER_AND_NAME.matcher(ItDatabase.url());
        assertThat(m.matches()).as(ItDatabase.url()).isTrue();
        String host = m.group(1);
        int port = Integer.parseInt(m.group(2));
        String database = m.group(3) + "_outage";
        try (Connection admin = DriverManager.getConnection(
                        "jdbc:postgresql://" + host + ":" + port + "/postgres", ItDatabase.USER, ItDatabase.PASSWORD);
                Statement statement = admin.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                ItDatabase.ensureAppRole(admin);
                statement.execute(ItDatabase.createDatabase(database));
            }
        }
        proxy = new TcpProxy(host, port);
        proxy.open();
        node = ClusterNode.start(
                        "outage",
                        "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                        freePort(),
                        // no SMTP server here: the mail health check would keep the node "down" for awaitUp
                        Map.of("management.health.mail.enabled", "false"))
                .awaitUp(Duration.ofMinutes(4));
    }

    @AfterAll
    void stop() throws Exception {
        if (node != null) {
            node.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void whileTheDatabaseIsUnreachableEveryRequestAnswers503QuicklyThenRecovers() throws Exception {
        assertThat(basic("/api/campaigns").statusCode()).isEqualTo(200);
        // a login form fetched while the database is up (its CSRF token lives in the JDBC session store)
        HttpResponse<String> loginPage =
                send(HttpRequest.newBuilder(uri("/login")).GET());
        String session =
                loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher token = CSRF_FIELD.matcher(loginPage.body());
        assertThat(token.find()).isTrue();

        proxy.cut();
        try {
            // HTTP Basic: the password check inside the security filter chain needs the database
            long start = System.nanoTime();
            HttpResponse<String> api = basic("/api/campaigns");
            assertQuick(start);
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
            JsonNode problem = mapper.readTree(api.body());
            assertThat(problem.path("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(problem.path("status").asInt()).isEqualTo(503);

            // the same for the engine's REST API
            start = System.nanoTime();
            HttpResponse<String> engineRest = basic("/engine-rest/task");
            assertQuick(start);
            assertThat(engineRest.statusCode()).isEqualTo(503);
            assertThat(mapper.readTree(engineRest.body()).path("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");

            // form login from a browser: the Vietnamese 503 page
            start = System.nanoTime();
            HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                    .header("Cookie", session)
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=thon1&password=demo&_csrf="
                            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
            assertQuick(start);
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.headers().firstValue("Retry-After")).isPresent();
            assertThat(login.body()).contains("Hệ thống tạm thời gián đoạn", "không kết nối được cơ sở dữ liệu");

            // several in a row stay quick: no request waits for the pool's full timeout twice over
            for (int i = 0; i < 3; i++) {
                start = System.nanoTime();
                assertThat(basic("/api/campaigns").statusCode()).isEqualTo(503);
                assertQuick(start);
            }
        } finally {
            proxy.open();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = basic("/api/campaigns").statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("after the database came back").isEqualTo(200);
    }

    private static void assertQuick(long startNanos) {
        assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isLessThan(QUICK);
    }

    private HttpResponse<String> basic(String path) throws Exception {
        String credentials = Base64.getEncoder().encodeToString("thon1:demo".getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(40)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(node.baseUrl() + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * A loopback TCP proxy to PostgreSQL. {@link #cut()} closes every connection and stops listening (new
     * connections are refused, as when the server is down); {@link #open()} listens again on the same port.
     */
    static final class TcpProxy implements AutoCloseable {

        private final String targetHost;
        private final int targetPort;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private volatile ServerSocket server;
        private int port;

        TcpProxy(String targetHost, int targetPort) {
            this.targetHost = targetHost;
            this.targetPort = targetPort;
        }

        int port() {
            return port;
        }

        synchronized void open() throws IOException {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = socket.getLocalPort();
            server = socket;
            Thread acceptor = new Thread(() -> accept(socket), "db-proxy-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        synchronized void cut() throws IOException {
            server.close();
            for (Socket socket : sockets) {
                socket.close();
            }
            sockets.clear();
        }

        @Override
        public void close() throws IOException {
            cut();
        }

        private void accept(ServerSocket listening) {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket(targetHost, targetPort);
                    sockets.add(client);
                    sockets.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException closed) {
                    // cut() closed the listening socket
                }
            }
        }

        private void pump(Socket from, Socket to) {
            Thread thread = new Thread(
                    () -> {
                        try (InputStream in = from.getInputStream();
                                OutputStream out = to.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException ignored) {
                            // one side closed
                        } finally {
                            closeQuietly(from);
                            closeQuietly(to);
                        }
                    },
                    "db-proxy-pump");
            thread.setDaemon(true);
            thread.start();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
