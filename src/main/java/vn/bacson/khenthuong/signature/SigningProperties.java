package vn.bacson.khenthuong.signature;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code app.signing:} in config/application.yml: where the signing keys live (one store or token
 * for the installation, one key entry per commune and one for the province), which certificate authorities are
 * trusted when signatures are checked, and an optional timestamp authority.
 */
@ConfigurationProperties("app.signing")
public record SigningProperties(
        /* PKCS12 (a key file) or PKCS11 (a token or HSM through the JDK's SunPKCS11 provider) */
        KeyStoreKind keystoreType,
        /* the PKCS#12 file (PKCS12 only) */
        Path keystore,
        /* the PKCS#12 password or the token's PIN */
        String password,
        /* the installation's default key entry (a commune that names none of its own); empty: the first key entry */
        String alias,
        /* the province's key entry for its own decisions; empty: the province's decisions are not signed */
        String provinceAlias,
        /* refuse a key whose certificate does not name the issuing body (true unless set to false) */
        Boolean certificateMustNameIssuer,
        /* the SunPKCS11 configuration file (PKCS11 only): name, library, slot or token label */
        Path pkcs11Config,
        /* demo and tests: create a demo CA and the demo keys into {@code keystore} at first start */
        boolean generateDemoKeys,
        /* PEM files of the root certificates a signature must chain to (e.g. the state agencies' root CA) */
        List<Path> trustAnchors,
        /* an RFC 3161 timestamp authority; empty: the signing time is the signer's own claim */
        String timestampUrl,
        /* the demo keys by alias (generate-demo-keys only), each with whom its certificate names */
        Map<String, DemoSubject> demoKeys) {

    /** The subject of a demo certificate: the signer, the organisation and its place. */
    public record DemoSubject(String signerName, String organization, String locality) {

        public DemoSubject {
            signerName = signerName == null || signerName.isBlank() ? "Người ký thử nghiệm" : signerName;
            organization = organization == null ? "" : organization;
            locality = locality == null ? "" : locality;
        }
    }

    public enum KeyStoreKind {
        PKCS12,
        PKCS11
    }

    /** The alias of the one demo key made when no demo keys are listed (the name the first version gave it). */
    static final String DEFAULT_DEMO_ALIAS = "commune";

    public SigningProperties {
        keystoreType = keystoreType == null ? KeyStoreKind.PKCS12 : keystoreType;
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
        alias = alias == null ? "" : alias.strip();
        provinceAlias = provinceAlias == null ? "" : provinceAlias.strip();
        certificateMustNameIssuer = certificateMustNameIssuer == null || certificateMustNameIssuer;
        timestampUrl = timestampUrl == null ? "" : timestampUrl.strip();
        // in the order configured: the first is the store's first key, the default when no alias is set
        demoKeys = demoKeys == null || demoKeys.isEmpty()
                ? Map.of(DEFAULT_DEMO_ALIAS, new DemoSubject(null, null, null))
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(demoKeys));
    }

    /** Where the demo CA's certificates are written next to a generated key file; trusted as anchors too. */
    public Path demoCaCertificate() {
        return keystore.resolveSibling("demo-ca.pem");
    }

    /** Whether the province signs its own decisions with a key of this installation. */
    public boolean provinceSigns() {
        return !provinceAlias.isBlank();
    }
}
