package vn.bacson.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DecisionFixture;
import vn.bacson.khenthuong.support.ItDatabase;
import vn.bacson.khenthuong.support.Pdfsig;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * The communes' keys on a PKCS#11 token, end to end over HTTP on PostgreSQL: a SoftHSM2 token is made under
 * target/softhsm (its configuration is {@code SOFTHSM2_CONF}, which pom.xml gives the Failsafe JVM), two signing keys
 * are generated on the token (sensitive, never extractable) — Bắc Sơn's under the label {@code commune}, Vũ Lễ's under
 * {@code xa-vu-le} — and the certificates of a CA of the test's own are stored next to them. A second application
 * node is then started exactly as docs/operations.md configures a token ({@code SIGNING_KEYSTORE_TYPE=PKCS11},
 * {@code SIGNING_PKCS11_CONFIG}, {@code SIGNING_PASSWORD} = the PIN, {@code SIGNING_ALIAS} = the default label) on the
 * tests' database; the administrator gives Vũ Lễ its label through that node (checked against the token), and each
 * commune's chairman signs a decision through it. Each signature must carry its own commune's certificate from the
 * token: no other key of those names exists anywhere.
 *
 * <p>Fails (never skips) when softhsm2-util, the SoftHSM2 library or the environment variable is missing.
 */
class TokenSigningIT extends PostgresIT {

    private static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    private static final String LABEL = "commune";
    /** Vũ Lễ's key on the token: a label of the administrator's choosing, not the commune's code. */
    private static final String VU_LE_LABEL = "xa-vu-le";
    /** The user PIN of this test's throw-away token. */
    private static final String PIN = "246810";

    @Test
    void eachCommunesDecisionIsSignedOverHttpWithItsOwnKeyHeldOnTheToken() throws Exception {
        Token token = Token.create();
        JsonNode decision = DecisionFixture.decided(this::api, createOpenCampaign(), "pkt", "Hà Văn Khánh");
        String id = decision.get("id").asText();
        Function<String, Api> vuLe = role -> api("vl-" + role);
        JsonNode vuLeDecision =
                DecisionFixture.decided(vuLe, createOpenCampaign(vuLe.apply("vhxh")), "thon1", "Lục Thị Token");
        String vuLeKeyBefore = api("admin")
                .get("/api/admin/communes/{c}/settings", "vu-le")
                .json()
                .path("signingKeyAlias")
                .asText();

        try (Node node = Node.start(token)) {
            Api chairman = Api.basic(node.baseUrl(), objectMapper, "chutich", DEMO_PASSWORD);
            ApiResponse signed = chairman.post("/api/decisions/{id}/sign", null, id);
            assertThat(signed.status()).as(signed + "\n" + node.logTail()).isEqualTo(200);
            assertThat(signed.str("signer")).isEqualTo("Trịnh Minh Tuấn");
            assertThat(node.log()).contains("Signing key '" + LABEL + "' loaded from PKCS11");

            byte[] pdf = chairman.get(decision.get("pdf").asText()).body();
            assertThat(signerCertificate(pdf))
                    .as("the signature carries the certificate stored on the token")
                    .isEqualTo(token.certificate());

            // the node trusts the test's CA (app.signing.trust-anchors): the signature holds for anyone
            ApiResponse verified = Api.anonymous(node.baseUrl(), objectMapper)
                    .postMultipart("/api/public/signatures/verify", Map.of("file", file(pdf)));
            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
            JsonNode check = verified.json().get("signatures").get(0);
            assertThat(check.get("intact").asBoolean()).isTrue();
            assertThat(check.get("coversWholeDocument").asBoolean()).isTrue();
            assertThat(check.get("certificateTrusted").asBoolean()).isTrue();
            assertThat(check.get("signerName").asText()).isEqualTo("Trịnh Minh Tuấn");
            assertThat(verified.json().get("issuedHere").get("number").asText())
                    .isEqualTo(decision.get("number").asText());

            // Vũ Lễ's key: only a label the token holds is taken
            Api admin = Api.basic(node.baseUrl(), objectMapper, "admin", DEMO_PASSWORD);
            ApiResponse unknown = admin.put(
                    "/api/admin/communes/{c}/settings", Map.of("signingKeyAlias", "khong-co-tren-token"), "vu-le");
            assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
            assertThat(unknown.json().at("/errors/0/code").asText()).isEqualTo("UNKNOWN_SIGNING_KEY");
            ApiResponse given =
                    admin.put("/api/admin/communes/{c}/settings", Map.of("signingKeyAlias", VU_LE_LABEL), "vu-le");
            assertThat(given.status()).as(given + "\n" + node.logTail()).isEqualTo(200);
            assertThat(given.json().at("/signingKey/usable").asBoolean()).isTrue();
            assertThat(given.json().at("/signingKey/signerName").asText()).isEqualTo("Mã Văn Long");

            Api vuLeChairman = Api.basic(node.baseUrl(), objectMapper, "vl-chutich", DEMO_PASSWORD);
            ApiResponse vuLeSigned = vuLeChairman.post(
                    "/api/decisions/{id}/sign", null, vuLeDecision.get("id").asText());
            assertThat(vuLeSigned.status())
                    .as(vuLeSigned + "\n" + node.logTail())
                    .isEqualTo(200);
            assertThat(vuLeSigned.str("signer")).isEqualTo("Mã Văn Long");
            assertThat(node.log()).contains("Signing key '" + VU_LE_LABEL + "' loaded from PKCS11");
            byte[] vuLePdf = vuLeChairman.get(vuLeDecision.get("pdf").asText()).body();
            assertThat(signerCertificate(vuLePdf))
                    .as("Vũ Lễ's decision carries Vũ Lễ's certificate from the token")
                    .isEqualTo(token.vuLeCertificate());
            assertThat(Pdfsig.report(vuLePdf))
                    .contains("Signer Certificate Common Name: Mã Văn Long", "Signature is Valid.")
                    .doesNotContain("BẮC SƠN");
        } finally {
            // through the tests' own application, whose demo store holds Vũ Lễ's demo key
            api("admin").put("/api/admin/communes/{c}/settings", Map.of("signingKeyAlias", vuLeKeyBefore), "vu-le");
        }
        // the stored decision is the token-signed file, whichever node serves it
        byte[] stored = api("vhxh").get(decision.get("pdf").asText()).body();
        assertThat(signerCertificate(stored)).isEqualTo(token.certificate());
        assertThat(Pdfsig.report(stored)).contains("Signature is Valid.", "Total document signed");
    }

    /** The certificate of the (only) signer of the PDF's last signature. */
    private static X509Certificate signerCertificate(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData cms = new CMSSignedData(
                    new CMSProcessableByteArray(signature.getSignedContent(pdf)), signature.getContents(pdf));
            SignerInformation signer =
                    cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder)
                    cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            return new JcaX509CertificateConverter().getCertificate(holder);
        }
    }

    private static ByteArrayResource file(byte[] pdf) {
        return new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "quyet-dinh.pdf";
            }
        };
    }

    private static String run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command.toString()).isTrue();
        assertThat(process.exitValue()).as(command + ": " + out).isZero();
        return out;
    }

    /** A SoftHSM2 token of this test with Bắc Sơn's and Vũ Lễ's keys generated on it and their certificates. */
    private record Token(
            Path home,
            Path conf,
            Path pkcs11Config,
            Path trustAnchor,
            X509Certificate certificate,
            X509Certificate vuLeCertificate) {

        private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");

        static Token create() throws Exception {
            String configured = System.getenv("SOFTHSM2_CONF");
            assertThat(configured)
                    .as("SOFTHSM2_CONF must be set for this JVM (pom.xml, maven-failsafe-plugin environmentVariables)")
                    .isNotBlank();
            assertThat(Path.of(LIBRARY))
                    .as("the SoftHSM2 library (Debian package softhsm2)")
                    .exists();
            Path conf = Path.of(configured).toAbsolutePath();
            Path home = conf.getParent();
            Path tokens = home.resolve("tokens");
            if (Files.exists(tokens)) {
                try (Stream<Path> old = Files.walk(tokens)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(tokens);
            Files.writeString(
                    conf,
                    "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n"
                            + "slots.removable = false\n");
            String initialised = run(
                    List.of(
                            "softhsm2-util",
                            "--init-token",
                            "--free",
                            "--label",
                            "khenthuong-it",
                            "--so-pin",
                            "13579135",
                            "--pin",
                            PIN),
                    Map.of("SOFTHSM2_CONF", conf.toString()));
            Matcher slot = SLOT.matcher(initialised);
            assertThat(slot.find()).as(initialised).isTrue();
            Path pkcs11Config = home.resolve("pkcs11.cfg");
            // keys generated through this configuration are token objects that never leave the token
            Files.writeString(pkcs11Config, """
                    name = KhenThuongIT
                    library = %s
                    slot = %s
                    attributes(generate, CKO_PRIVATE_KEY, *) = {
                      CKA_TOKEN = true
                      CKA_PRIVATE = true
                      CKA_SENSITIVE = true
                      CKA_EXTRACTABLE = false
                    }
                    attributes(generate, CKO_PUBLIC_KEY, *) = {
                      CKA_TOKEN = true
                    }
                    """.formatted(LIBRARY, slot.group(1)));

            Provider provider = Security.getProvider("SunPKCS11").configure(pkcs11Config.toString());
            KeyPairGenerator onToken = KeyPairGenerator.getInstance("RSA", provider);
            onToken.initialize(2048);
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, PIN.toCharArray());
            KeyPair commune = onToken.generateKeyPair();
            KeyPairGenerator software = KeyPairGenerator.getInstance("RSA");
            software.initialize(2048);
            KeyPair caKeys = software.generateKeyPair();
            X500Name caName = new X500Name("CN=CA kiểm thử token, C=VN");
            Instant from = Instant.now().minus(Duration.ofDays(1));
            X509Certificate ca = issue(caName, caKeys.getPublic(), caName, caKeys.getPrivate(), from, true);
            X509Certificate certificate = issue(
                    new X500Name("CN=Trịnh Minh Tuấn, O=ỦY BAN NHÂN DÂN XÃ BẮC SƠN, L=Bắc Sơn, C=VN"),
                    commune.getPublic(),
                    caName,
                    caKeys.getPrivate(),
                    from,
                    false);
            store.setKeyEntry(LABEL, commune.getPrivate(), null, new Certificate[] {certificate, ca});
            KeyPair vuLe = onToken.generateKeyPair();
            X509Certificate vuLeCertificate = issue(
                    new X500Name("CN=Mã Văn Long, O=ỦY BAN NHÂN DÂN XÃ VŨ LỄ, L=Vũ Lễ, C=VN"),
                    vuLe.getPublic(),
                    caName,
                    caKeys.getPrivate(),
                    from,
                    false);
            store.setKeyEntry(VU_LE_LABEL, vuLe.getPrivate(), null, new Certificate[] {vuLeCertificate, ca});

            KeyStore reread = KeyStore.getInstance("PKCS11", provider);
            reread.load(null, PIN.toCharArray());
            assertThat(reread.isKeyEntry(LABEL)).isTrue();
            assertThat(((PrivateKey) reread.getKey(LABEL, null)).getEncoded())
                    .as("the private key cannot be read out of the token")
                    .isNull();
            X509Certificate stored = (X509Certificate) reread.getCertificate(LABEL);
            assertThat(stored).isEqualTo(certificate);
            assertThat(reread.isKeyEntry(VU_LE_LABEL))
                    .as("two labels on one token")
                    .isTrue();
            assertThat(reread.getCertificate(VU_LE_LABEL)).isEqualTo(vuLeCertificate);

            Path anchor = home.resolve("ca.pem");
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(ca);
            }
            Files.writeString(anchor, pem.toString());
            return new Token(home, conf, pkcs11Config, anchor, stored, vuLeCertificate);
        }

        private static X509Certificate issue(
                X500Name subject, PublicKey key, X500Name issuer, PrivateKey issuerKey, Instant from, boolean ca)
                throws Exception {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer,
                    BigInteger.valueOf(System.nanoTime()),
                    Date.from(from),
                    Date.from(from.plus(Duration.ofDays(365))),
                    subject,
                    key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            ca
                                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        }
    }

    /**
     * The application as its own JVM on the tests' database, its signing key on the token, configured through the
     * environment as docs/operations.md says; its output in target/token-node.log.
     */
    private record Node(int port, Path logFile, Process process) implements AutoCloseable {

        static Node start(Token token) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:TieredStopAtLevel=1",
                    "-Duser.timezone=UTC",
                    "-Dfile.encoding=UTF-8",
                    "-cp",
                    Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                            .filter(entry -> !entry.isBlank())
                            .collect(Collectors.joining(File.pathSeparator)),
                    "vn.bacson.khenthuong.KhenThuongApplication",
                    "--spring.profiles.active=postgres",
                    "--server.port=" + port,
                    "--spring.datasource.url=" + ItDatabase.url(),
                    "--spring.datasource.username=" + ItDatabase.APP_USER,
                    "--spring.datasource.password=" + ItDatabase.PASSWORD,
                    "--spring.datasource.hikari.maximum-pool-size=4",
                    "--app.demo-data=true",
                    "--app.base-url=http://localhost:" + port,
                    "--camunda.bpm.job-execution.enabled=false",
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + SMTP_PORT,
                    "--app.mail.catcher.enabled=false",
                    // no SMTP server in this test: the node sends no mail, and its health must not wait for one
                    "--management.health.mail.enabled=false",
                    "--spring.main.banner-mode=off",
                    "--app.signing.trust-anchors[0]=" + token.trustAnchor().toAbsolutePath()));
            Path log = Path.of("target", "token-node.log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(new File(System.getProperty("user.dir")))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment()
                    .putAll(Map.of(
                            "SOFTHSM2_CONF",
                            token.conf().toString(),
                            "SIGNING_KEYSTORE_TYPE",
                            "PKCS11",
                            "SIGNING_PKCS11_CONFIG",
                            token.pkcs11Config().toAbsolutePath().toString(),
                            "SIGNING_PASSWORD",
                            PIN,
                            "SIGNING_ALIAS",
                            LABEL,
                            "SIGNING_KEYSTORE",
                            token.home().resolve("no-such-file.p12").toString(),
                            "SIGNING_DEMO_KEYS",
                            "false"));
            Node node = new Node(port, log, builder.start());
            node.awaitUp(Duration.ofMinutes(4));
            return node;
        }

        String baseUrl() {
            return "http://localhost:" + port;
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        String logTail() throws IOException {
            String all = log();
            return all.substring(Math.max(0, all.length() - 4000));
        }

        private void awaitUp(Duration timeout) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the token node exited: " + logTail());
                }
                try {
                    HttpResponse<Void> health = http.send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (health.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            close();
            throw new IllegalStateException("the token node is not up after " + timeout + ": " + logTail());
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }
}
