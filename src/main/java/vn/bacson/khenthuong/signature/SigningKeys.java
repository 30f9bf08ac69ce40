package vn.bacson.khenthuong.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.commune.Settings;

/**
 * The installation's signing keys and the trusted roots. One key store — a PKCS#12 file or a PKCS#11 token
 * (SunPKCS11) — holds a key entry per commune and one for the province; a commune signs with the entry its settings
 * name ({@link Settings#signingKeyAlias()}, the installation's {@code app.signing.alias} by default), the province
 * with {@code app.signing.province-alias}. The store is opened when first needed and each key is read once and kept
 * by its alias; a key added to the store later is found without a restart (the store is read again when an alias is
 * missing).
 *
 * <p>Before a key signs for a commune or the province it must exist, its certificate must be valid now and name the
 * issuing body ({@link IssuerNames}): a commune's decision is never signed with another body's certificate.
 *
 * <p>For the demo and the tests a demo CA and the configured demo keys ({@code app.signing.demo-keys}) are created
 * at first start; a demo key file made before a key was added to that list gets the missing keys (never committed:
 * they live in the data folder).
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** How long a store that failed to open is left alone. */
    private static final Duration OPEN_AGAIN_AFTER = Duration.ofMinutes(1);

    /** How far back the demo certificates start (the demo CA lasts ten years from then). */
    private static final Duration DEMO_BACKDATING = Duration.ofDays(5 * 365);

    private final SigningProperties properties;
    private final Clock clock;
    private final ZoneId zone;
    private final CommuneSettings communes;
    private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();
    private Store store;
    /** After a failed opening the store is not tried again before this instant; after a refused PIN, never. */
    private Instant openAgainAfter = Instant.MIN;

    private volatile List<X509Certificate> anchors;

    @Autowired
    SigningKeys(SigningProperties properties, Clock clock, AppProperties app, CommuneSettings communes) {
        this(properties, clock, app.zone(), communes);
    }

    /** Keys without communes: the store alone (tests of signing and checking). */
    SigningKeys(SigningProperties properties, Clock clock) {
        this(properties, clock, ZoneId.of("Asia/Ho_Chi_Minh"), null);
    }

    private SigningKeys(SigningProperties properties, Clock clock, ZoneId zone, CommuneSettings communes) {
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
        this.communes = communes;
        if (properties.generateDemoKeys() && properties.keystoreType() == SigningProperties.KeyStoreKind.PKCS12) {
            ensureDemoKeys();
        }
    }

    /** An opened key store, with the provider of a token and the password (or PIN) it was opened with. */
    private record Store(KeyStore keyStore, Provider provider, char[] password) {}

    /**
     * Whose key signs, and how it stands: its alias, the certificate's signer and organisation, until when it is
     * valid, and — when it cannot sign for that body — the error code and the Vietnamese sentence signing answers.
     */
    public record KeyStatus(
            String alias,
            String signerName,
            String organization,
            Instant validUntil,
            ErrorCode problem,
            String message) {

        public boolean usable() {
            return problem == null;
        }
    }

    /** The key the commune signs with, checked (exists, valid now, names the commune); 409 otherwise. */
    SigningKey forCommune(String communeCode) {
        Settings settings = communes.of(communeCode);
        return checked(settings.signingKeyAlias(), settings.issuer().name());
    }

    /** The province's key for its own decisions, checked like a commune's; 409 when it has none. */
    SigningKey forProvince() {
        if (!properties.provinceSigns()) {
            throw notConfigured("app.signing.province-alias is not set", ErrorCode.SIGNING_NOT_CONFIGURED.message());
        }
        return checked(properties.provinceAlias(), provinceBody());
    }

    /** Whether the province's decisions are signed (a province key is configured). */
    public boolean provinceSigns() {
        return properties.provinceSigns();
    }

    /** How the commune's key stands: what signing its decision would meet, without signing. */
    public KeyStatus commune(String communeCode) {
        Settings settings = communes.of(communeCode);
        return status(settings.signingKeyAlias(), settings.issuer().name());
    }

    /** How the province's key stands (SIGNING_NOT_CONFIGURED when it has none). */
    public KeyStatus province() {
        if (!properties.provinceSigns()) {
            return new KeyStatus(
                    "", null, null, null, ErrorCode.SIGNING_NOT_CONFIGURED, ErrorCode.SIGNING_NOT_CONFIGURED.message());
        }
        return status(properties.provinceAlias(), provinceBody());
    }

    /**
     * Whether the store holds a key entry under {@code alias} (read again when it does not, so a key put on the token
     * since is found). False also when the store cannot be opened.
     */
    public boolean hasKey(String alias) {
        try {
            key(alias);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** Whether {@code alias} is one of the demo keys this installation made (the demo data gives them out). */
    public boolean isDemoKey(String alias) {
        return properties.generateDemoKeys() && properties.demoKeys().containsKey(alias) && hasKey(alias);
    }

    private KeyStatus status(String alias, String issuerName) {
        try {
            SigningKey key = key(alias);
            X509Certificate certificate = key.certificate();
            String signer = Certificates.commonName(certificate);
            String organization = Certificates.organization(certificate);
            Instant until = certificate.getNotAfter().toInstant();
            DomainException refusal = refusal(key, issuerName);
            return refusal == null
                    ? new KeyStatus(key.alias(), signer, organization, until, null, null)
                    : new KeyStatus(key.alias(), signer, organization, until, refusal.code(), refusal.getMessage());
        } catch (DomainException e) {
            return new KeyStatus(
                    alias.isBlank() ? properties.alias() : alias, null, null, null, e.code(), e.getMessage());
        }
    }

    private SigningKey checked(String alias, String issuerName) {
        SigningKey key = key(alias);
        DomainException refusal = refusal(key, issuerName);
        if (refusal != null) {
            log.warn(
                    "Signing refused for {}: key '{}' ({}, valid {} to {}): {}",
                    issuerName,
                    key.alias(),
                    key.certificate().getSubjectX500Principal().getName(),
                    key.certificate().getNotBefore().toInstant(),
                    key.certificate().getNotAfter().toInstant(),
                    refusal.code());
            throw refusal;
        }
        return key;
    }

    /** Why the key may not sign for the issuing body, or null: valid now, and its certificate names the body. */
    private DomainException refusal(SigningKey key, String issuerName) {
        X509Certificate certificate = key.certificate();
        if (!validNow(certificate)) {
            return new DomainException(
                    ErrorCode.SIGNING_CERTIFICATE_NOT_VALID,
                    "Chứng thư số của khóa ký \"%s\" chỉ có hiệu lực từ %s đến %s; văn bản chưa được ký. Vui lòng liên hệ quản trị hệ thống để gia hạn hoặc thay chứng thư số."
                            .formatted(
                                    key.alias(),
                                    Formats.date(certificate.getNotBefore().toInstant(), zone),
                                    Formats.date(certificate.getNotAfter().toInstant(), zone)));
        }
        if (properties.certificateMustNameIssuer() && !IssuerNames.names(certificate, issuerName)) {
            return new DomainException(
                    ErrorCode.SIGNING_CERTIFICATE_MISMATCH,
                    "Chứng thư số của khóa ký \"%s\" cấp cho \"%s\", không mang tên %s; văn bản chưa được ký. Vui lòng liên hệ quản trị hệ thống để gán đúng khóa ký số của đơn vị (Cài đặt của xã)."
                            .formatted(key.alias(), holder(certificate), issuerName));
        }
        return null;
    }

    private boolean validNow(X509Certificate certificate) {
        Instant now = clock.instant();
        return !now.isBefore(certificate.getNotBefore().toInstant())
                && !now.isAfter(certificate.getNotAfter().toInstant());
    }

    /** Whom a certificate is for, as its subject says: the organisation, else the common name. */
    private static String holder(X509Certificate certificate) {
        String organization = Certificates.organization(certificate);
        return organization.isBlank() ? Certificates.commonName(certificate) : organization;
    }

    /**
     * Whether a certificate given by a signer's own token may sign for the issuing commune (the two-step signature):
     * valid today, as a key on the server must be, and naming the commune.
     */
    void requireMaySignForCommune(X509Certificate certificate, String communeCode) {
        String issuerName = communes.of(communeCode).issuer().name();
        if (!validNow(certificate)) {
            throw new DomainException(
                    ErrorCode.SIGNING_CERTIFICATE_NOT_VALID,
                    "Chứng thư số gửi lên chỉ có hiệu lực từ %s đến %s; văn bản chưa được ký. Vui lòng dùng chứng thư số còn hiệu lực."
                            .formatted(
                                    Formats.date(certificate.getNotBefore().toInstant(), zone),
                                    Formats.date(certificate.getNotAfter().toInstant(), zone)));
        }
        if (properties.certificateMustNameIssuer() && !IssuerNames.names(certificate, issuerName)) {
            throw new DomainException(
                    ErrorCode.SIGNING_CERTIFICATE_MISMATCH,
                    "Chứng thư số gửi lên cấp cho \"%s\", không mang tên %s; văn bản chưa được ký."
                            .formatted(holder(certificate), issuerName));
        }
    }

    private String provinceBody() {
        String province = communes == null ? "" : communes.defaults().issuer().province();
        return Commune.provinceCommittee(province);
    }

    /**
     * The key entry under {@code alias}; blank: the installation's default ({@code app.signing.alias}, or the
     * store's first key entry). 409 SIGNING_NOT_CONFIGURED when the store cannot be opened or has no such entry.
     */
    SigningKey key(String alias) {
        String wanted = alias == null || alias.isBlank() ? properties.alias() : alias.strip();
        SigningKey cached = keys.get(wanted);
        if (cached != null) {
            return cached;
        }
        synchronized (this) {
            cached = keys.get(wanted);
            if (cached != null) {
                return cached;
            }
            SigningKey loaded = load(wanted);
            keys.put(wanted, loaded);
            return loaded;
        }
    }

    private SigningKey load(String alias) {
        try {
            Store opened = opened();
            String entry = alias.isBlank() ? firstKeyAlias(opened.keyStore()) : alias;
            if (entry == null || !opened.keyStore().isKeyEntry(entry)) {
                // a key put on the token (or into the file) since the store was opened
                opened = reopen(opened);
                store = opened;
                entry = alias.isBlank() ? firstKeyAlias(opened.keyStore()) : alias;
            }
            if (entry == null || !opened.keyStore().isKeyEntry(entry)) {
                throw notConfigured(
                        "no key entry '" + alias + "' in the key store",
                        "Kho khóa ký số của hệ thống không có khóa \"" + alias
                                + "\"; văn bản chưa được ký. Vui lòng liên hệ quản trị hệ thống.");
            }
            PrivateKey privateKey = (PrivateKey) opened.keyStore().getKey(entry, opened.password());
            Certificate[] chain = opened.keyStore().getCertificateChain(entry);
            if (chain == null || chain.length == 0) {
                throw notConfigured(
                        "the key '" + entry + "' has no certificate", ErrorCode.SIGNING_NOT_CONFIGURED.message());
            }
            List<X509Certificate> certificates =
                    Arrays.stream(chain).map(X509Certificate.class::cast).toList();
            log.info(
                    "Signing key '{}' loaded from {}: {}",
                    entry,
                    properties.keystoreType(),
                    certificates.get(0).getSubjectX500Principal().getName());
            return new SigningKey(entry, privateKey, certificates, opened.provider());
        } catch (IOException | GeneralSecurityException e) {
            log.warn("Signing key cannot be loaded: {}", e.toString());
            throw notConfigured(e.getMessage(), ErrorCode.SIGNING_NOT_CONFIGURED.message());
        }
    }

    /**
     * The store, opened once. A failed opening is not repeated for a minute, and a refused PIN or password never
     * (until a restart): a token locks itself after a few wrong PINs, and pages ask how the keys stand.
     */
    private Store opened() throws IOException, GeneralSecurityException {
        if (store != null) {
            return store;
        }
        Instant now = clock.instant();
        if (now.isBefore(openAgainAfter)) {
            throw new DomainException(ErrorCode.SIGNING_NOT_CONFIGURED);
        }
        try {
            store = open();
            return store;
        } catch (IOException | GeneralSecurityException e) {
            boolean refused = refusedLogin(e);
            openAgainAfter = refused ? Instant.MAX : now.plus(OPEN_AGAIN_AFTER);
            log.warn(
                    "The signing key store cannot be opened{}: {}",
                    refused ? " (PIN or password refused: not tried again until a restart)" : "",
                    e.toString());
            throw e;
        }
    }

    private static boolean refusedLogin(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof javax.security.auth.login.FailedLoginException
                    || cause instanceof java.security.UnrecoverableKeyException
                    || message.contains("CKR_PIN_INCORRECT")
                    || message.contains("CKR_PIN_LOCKED")
                    || message.contains("password was incorrect")) {
                return true;
            }
        }
        return false;
    }

    private Store open() throws IOException, GeneralSecurityException {
        char[] password = properties.password() == null
                ? new char[0]
                : properties.password().toCharArray();
        if (properties.keystoreType() == SigningProperties.KeyStoreKind.PKCS11) {
            if (properties.pkcs11Config() == null || !Files.exists(properties.pkcs11Config())) {
                throw notConfigured(
                        "no SunPKCS11 configuration file at " + properties.pkcs11Config(),
                        ErrorCode.SIGNING_NOT_CONFIGURED.message());
            }
            Provider provider = Security.getProvider("SunPKCS11")
                    .configure(properties.pkcs11Config().toString());
            KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
            keyStore.load(null, password);
            return new Store(keyStore, provider, password);
        }
        if (properties.keystore() == null || !Files.exists(properties.keystore())) {
            throw notConfigured(
                    "no PKCS#12 file at " + properties.keystore(), ErrorCode.SIGNING_NOT_CONFIGURED.message());
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(properties.keystore())) {
            keyStore.load(in, password);
        }
        return new Store(keyStore, null, password);
    }

    /** The same store read again: the token's objects listed anew (same provider, same login), the file re-read. */
    private Store reopen(Store opened) throws IOException, GeneralSecurityException {
        if (opened.provider() != null) {
            opened.keyStore().load(null, opened.password());
            return opened;
        }
        return open();
    }

    private static String firstKeyAlias(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        return null;
    }

    private static DomainException notConfigured(String why, String message) {
        log.warn("Signing is not configured: {}", why);
        return new DomainException(ErrorCode.SIGNING_NOT_CONFIGURED, message);
    }

    /** The roots a signature's certificate must chain to: the configured anchors (and the demo CA in the demo). */
    public List<X509Certificate> trustAnchors() {
        List<X509Certificate> loaded = anchors;
        if (loaded == null) {
            List<X509Certificate> all = new ArrayList<>();
            for (Path file : properties.trustAnchors()) {
                all.addAll(readCertificates(file));
            }
            if (properties.generateDemoKeys() && Files.exists(properties.demoCaCertificate())) {
                all.addAll(readCertificates(properties.demoCaCertificate()));
            }
            loaded = List.copyOf(all);
            anchors = loaded;
        }
        return loaded;
    }

    private static List<X509Certificate> readCertificates(Path file) {
        try {
            return Certificates.parseAll(Files.readAllBytes(file));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the trust anchor " + file, e);
        }
    }

    /**
     * The configured demo keys in the PKCS#12 file: all of them, issued by a new demo CA, into a new file; the
     * missing ones, issued by another demo CA (the first one's key is not kept), into a file made before they were
     * configured — its keys stay, so an installation that signed with them goes on as before.
     */
    private void ensureDemoKeys() {
        Path file = properties.keystore();
        char[] password = properties.password() == null
                ? new char[0]
                : properties.password().toCharArray();
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            boolean existed = Files.exists(file);
            if (existed) {
                try (InputStream in = Files.newInputStream(file)) {
                    keyStore.load(in, password);
                }
            } else {
                keyStore.load(null, null);
            }
            List<String> missing = new ArrayList<>();
            for (String alias : properties.demoKeys().keySet()) {
                if (!keyStore.isKeyEntry(alias)) {
                    missing.add(alias);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            // valid from five years back: the demo's and the tests' dossiers are dated in the past (the engine clock
            // is moved), and a key is checked against the time of signing; three years ahead from today
            Instant now = clock.instant().minus(DEMO_BACKDATING);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair caKeys = generator.generateKeyPair();
            // a CA added later has a name of its own: two anchors of one name and two keys confuse path building
            X500Name caName = Certificates.name(
                    existed
                            ? "CA thử nghiệm bổ sung " + now.getEpochSecond()
                                    + " - Khen thưởng (không có giá trị pháp lý)"
                            : "CA thử nghiệm - Khen thưởng (không có giá trị pháp lý)",
                    "",
                    "");
            X509Certificate ca = Certificates.selfSigned(caName, caKeys, now, Duration.ofDays(3650));
            for (String alias : missing) {
                SigningProperties.DemoSubject subject = properties.demoKeys().get(alias);
                KeyPair signerKeys = generator.generateKeyPair();
                X509Certificate signer = Certificates.issue(
                        Certificates.name(subject.signerName(), subject.organization(), subject.locality()),
                        signerKeys.getPublic(),
                        caName,
                        caKeys.getPrivate(),
                        now,
                        DEMO_BACKDATING.plus(Duration.ofDays(1095)),
                        false);
                keyStore.setKeyEntry(alias, signerKeys.getPrivate(), password, new Certificate[] {signer, ca});
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = file.resolveSibling(file.getFileName() + ".new");
            try (OutputStream out = Files.newOutputStream(written)) {
                keyStore.store(out, password);
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(
                    properties.demoCaCertificate(),
                    Certificates.pem(ca),
                    StandardOpenOption.CREATE,
                    existed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            log.info(
                    "Demo signing keys {} {} {} (demo CA: {})",
                    String.join(", ", missing),
                    existed ? "added to" : "created in",
                    file,
                    properties.demoCaCertificate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the demo signing keys in " + file, e);
        }
    }
}
