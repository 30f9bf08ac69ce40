package vn.bacson.khenthuong.signature;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code app.signing:} in config/application.yml: where the commune's signing key lives, which
 * certificate authorities are trusted when signatures are checked, and an optional timestamp authority.
 */
@ConfigurationProperties("app.signing")
public record SigningProperties(
        /* PKCS12 (a key file) or PKCS11 (a token or HSM through the JDK's SunPKCS11 provider) */
        KeyStoreKind keystoreType,
        /* the PKCS#12 file (PKCS12 only) */
        Path keystore,
        /* the PKCS#12 password or the token's PIN */
        String password,
        /* the key entry's alias in the key store or on the token; empty: the first key entry */
        String alias,
        /* the SunPKCS11 configuration file (PKCS11 only): name, library, slot or token label */
        Path pkcs11Config,
        /* demo and tests: create a demo CA and the commune's certificate into {@code keystore} at first start */
        boolean generateDemoKeys,
        /* PEM files of the root certificates a signature must chain to (e.g. the state agencies' root CA) */
        List<Path> trustAnchors,
        /* an RFC 3161 timestamp authority; empty: the signing time is the signer's own claim */
        String timestampUrl,
        /* who the generated demo certificate names */
        DemoSubject demoSubject) {

    /** The subject of the demo certificate: the signer, the organisation and its place. */
    public record DemoSubject(String signerName, String organization, String locality) {}

    public enum KeyStoreKind {
        PKCS12,
        PKCS11
    }

    public SigningProperties {
        keystoreType = keystoreType == null ? KeyStoreKind.PKCS12 : keystoreType;
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
        alias = alias == null ? "" : alias;
        timestampUrl = timestampUrl == null ? "" : timestampUrl.strip();
        demoSubject = demoSubject == null ? new DemoSubject("Người ký thử nghiệm", "", "") : demoSubject;
    }

    /** Where the demo CA's certificate is written next to a generated key file; trusted as an anchor too. */
    public Path demoCaCertificate() {
        return keystore.resolveSibling("demo-ca.pem");
    }
}
