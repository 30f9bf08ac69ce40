package vn.bacson.khenthuong.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;

/**
 * The commune's signing key and the trusted roots. The key is read from a PKCS#12 file or from a PKCS#11 token
 * (SunPKCS11) when first needed; for the demo and the tests a demo CA and the commune's certificate are created at
 * first start (never committed: they live in the data folder).
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final SigningProperties properties;
    private final Clock clock;
    private volatile SigningKey key;
    private volatile List<X509Certificate> anchors;

    SigningKeys(SigningProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        if (properties.generateDemoKeys()
                && properties.keystoreType() == SigningProperties.KeyStoreKind.PKCS12
                && !Files.exists(properties.keystore())) {
            generateDemoKeys();
        }
    }

    /** The key to sign with; 409 SIGNING_NOT_CONFIGURED when the installation has none. */
    SigningKey current() {
        SigningKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                loaded = key;
            }
        }
        return loaded;
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

    private SigningKey load() {
        try {
            KeyStore store;
            Provider provider = null;
            char[] password = properties.password() == null
                    ? new char[0]
                    : properties.password().toCharArray();
            if (properties.keystoreType() == SigningProperties.KeyStoreKind.PKCS11) {
                if (properties.pkcs11Config() == null || !Files.exists(properties.pkcs11Config())) {
                    throw notConfigured("no SunPKCS11 configuration file at " + properties.pkcs11Config());
                }
                provider = Security.getProvider("SunPKCS11")
                        .configure(properties.pkcs11Config().toString());
                store = KeyStore.getInstance("PKCS11", provider);
                store.load(null, password);
            } else {
                if (properties.keystore() == null || !Files.exists(properties.keystore())) {
                    throw notConfigured("no PKCS#12 file at " + properties.keystore());
                }
                store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(properties.keystore())) {
                    store.load(in, password);
                }
            }
            String alias = properties.alias().isBlank() ? firstKeyAlias(store) : properties.alias();
            if (alias == null || !store.isKeyEntry(alias)) {
                throw notConfigured("no key entry '" + properties.alias() + "' in the key store");
            }
            PrivateKey privateKey = (PrivateKey) store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            if (chain == null || chain.length == 0) {
                throw notConfigured("the key '" + alias + "' has no certificate");
            }
            List<X509Certificate> certificates =
                    Arrays.stream(chain).map(X509Certificate.class::cast).toList();
            log.info(
                    "Signing key '{}' loaded from {}: {}",
                    alias,
                    properties.keystoreType(),
                    certificates.get(0).getSubjectX500Principal().getName());
            return new SigningKey(privateKey, certificates, provider);
        } catch (IOException | GeneralSecurityException e) {
            log.warn("Signing key cannot be loaded: {}", e.toString());
            throw notConfigured(e.getMessage());
        }
    }

    private static String firstKeyAlias(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        return null;
    }

    private static DomainException notConfigured(String why) {
        log.warn("Signing is not configured: {}", why);
        return new DomainException(ErrorCode.SIGNING_NOT_CONFIGURED);
    }

    private static List<X509Certificate> readCertificates(Path file) {
        try {
            return Certificates.parseAll(Files.readAllBytes(file));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the trust anchor " + file, e);
        }
    }

    /** A demo CA and the commune's certificate issued by it, into the configured PKCS#12 file. */
    private void generateDemoKeys() {
        try {
            Instant now = clock.instant().minus(Duration.ofDays(1));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair caKeys = generator.generateKeyPair();
            X500Name caName = Certificates.name("CA thử nghiệm - Khen thưởng (không có giá trị pháp lý)", "", "");
            X509Certificate ca = Certificates.selfSigned(caName, caKeys, now, Duration.ofDays(3650));
            KeyPair signerKeys = generator.generateKeyPair();
            X509Certificate signer = Certificates.issue(
                    Certificates.name(
                            properties.demoSubject().signerName(),
                            properties.demoSubject().organization(),
                            properties.demoSubject().locality()),
                    signerKeys.getPublic(),
                    caName,
                    caKeys.getPrivate(),
                    now,
                    Duration.ofDays(1095),
                    false);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            String alias = properties.alias().isBlank() ? "commune" : properties.alias();
            char[] password = properties.password() == null
                    ? new char[0]
                    : properties.password().toCharArray();
            store.setKeyEntry(alias, signerKeys.getPrivate(), password, new Certificate[] {signer, ca});
            Files.createDirectories(properties.keystore().toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(properties.keystore())) {
                store.store(out, password);
            }
            Files.writeString(properties.demoCaCertificate(), Certificates.pem(ca));
            log.info(
                    "Demo signing keys created in {} (demo CA: {})",
                    properties.keystore(),
                    properties.demoCaCertificate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the demo signing keys", e);
        }
    }
}
