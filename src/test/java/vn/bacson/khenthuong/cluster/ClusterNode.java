package vn.bacson.khenthuong.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.bacson.khenthuong.support.ItDatabase;

/**
 * One node of the application as its own JVM (java -cp &lt;test class path&gt; KhenThuongApplication), so it can be
 * killed like a crashed server (SIGKILL: no shutdown hook, its locked jobs stay locked). Its output goes to
 * target/cluster-node-&lt;name&gt;.log.
 */
final class ClusterNode {

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private ClusterNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ClusterNode start(String name, String jdbcUrl, int smtpPort, Map<String, String> properties)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Duser.timezone=UTC");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(classPath());
        command.add("vn.bacson.khenthuong.KhenThuongApplication");
        command.add("--spring.profiles.active=postgres");
        command.add("--server.port=" + port);
        command.add("--spring.datasource.url=" + jdbcUrl);
        command.add("--spring.datasource.username=" + ItDatabase.APP_USER);
        command.add("--spring.datasource.password=");
        // the PostgreSQL of the build machine is shared (max_connections 100): small pools are plenty here
        command.add("--spring.datasource.hikari.maximum-pool-size=6");
        command.add("--app.demo-data=true");
        command.add("--app.base-url=http://localhost:" + port);
        command.add("--camunda.bpm.job-execution.enabled=true");
        command.add("--spring.mail.host=127.0.0.1");
        command.add("--spring.mail.port=" + smtpPort);
        command.add("--spring.mail.properties.mail.smtp.starttls.enable=false");
        command.add("--app.mail.catcher.enabled=false");
        command.add("--app.mail.poll-interval=PT1S");
        command.add("--app.mail.digest-window=PT1S");
        command.add("--spring.main.banner-mode=off");
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = Path.of("target", "cluster-node-" + name + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ClusterNode(name, port, log, process);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Waits until /actuator/health answers 200; fails when the JVM died or the time ran out. */
    ClusterNode awaitUp(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "node " + name + " exited with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<Void> health = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("node " + name + " not up after " + timeout + ", see " + log);
    }

    /** SIGKILL, as a crash or a pulled plug: no graceful shutdown of the job executor. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** The test class path without empty entries: an empty entry would put the working directory on it. */
    private static String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
