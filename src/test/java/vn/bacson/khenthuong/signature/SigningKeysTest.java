package vn.bacson.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.commune.Settings;

/**
 * One key store for a province: a key per commune and one for the province, each chosen by alias and refused when its
 * certificate is not valid now or names another body; the demo store and its upgrade from the single demo key.
 */
class SigningKeysTest {

    @TempDir
    Path folder;

    private static final Map<String, SigningProperties.DemoSubject> DEMO_KEYS = demoKeys();

    private static Map<String, SigningProperties.DemoSubject> demoKeys() {
        Map<String, SigningProperties.DemoSubject> keys = new LinkedHashMap<>();
        keys.put(
                "bac-son",
                new SigningProperties.DemoSubject("Trịnh Minh Tuấn", "ỦY BAN NHÂN DÂN XÃ BẮC SƠN", "Bắc Sơn"));
        keys.put("vu-le", new SigningProperties.DemoSubject("Mã Văn Long", "ỦY BAN NHÂN DÂN XÃ VŨ LỄ", "Vũ Lễ"));
        keys.put(
                "province",
                new SigningProperties.DemoSubject("Đoàn Thanh Sơn", "ỦY BAN NHÂN DÂN TỈNH Lạng Sơn", "Lạng Sơn"));
        return keys;
    }

    @Test
    void theDemoStoreHoldsOneKeyPerCommuneAndOneForTheProvinceEachNamingItsBody() {
        SigningKeys keys = keys(properties(DEMO_KEYS, "", "province"));

        assertThat(Certificates.organization(keys.key("vu-le").certificate())).isEqualTo("ỦY BAN NHÂN DÂN XÃ VŨ LỄ");
        assertThat(Certificates.commonName(keys.key("vu-le").certificate())).isEqualTo("Mã Văn Long");
        assertThat(Certificates.organization(keys.key("province").certificate()))
                .isEqualTo("ỦY BAN NHÂN DÂN TỈNH Lạng Sơn");
        assertThat(keys.key("").certificate())
                .as("no alias configured: the first key, the default commune's")
                .isEqualTo(keys.key("bac-son").certificate());
        assertThat(keys.key("vu-le")).as("read once, kept by its alias").isSameAs(keys.key("vu-le"));
        assertThat(keys.trustAnchors()).hasSize(1);
        assertThat(keys.key("vu-le").chain())
                .hasSize(2)
                .last()
                .isEqualTo(keys.trustAnchors().get(0));
    }

    @Test
    void eachCommuneSignsWithTheKeyItsSettingsNameAndNeverWithAnotherCommunes() {
        SigningKeys keys = keys(properties(DEMO_KEYS, "", "province"));

        assertThat(keys.forCommune("bac-son").certificate())
                .as("Bắc Sơn names no key: the installation's default")
                .isEqualTo(keys.key("bac-son").certificate());
        assertThat(keys.forCommune("vu-le").certificate())
                .isEqualTo(keys.key("vu-le").certificate());
        assertThat(keys.forProvince().certificate())
                .isEqualTo(keys.key("province").certificate());
        assertThat(keys.commune("bac-son").alias())
                .as("the entry the default resolved to")
                .isEqualTo("bac-son");
        assertThat(keys.commune("vu-le").usable()).isTrue();
        assertThat(keys.commune("vu-le").signerName()).isEqualTo("Mã Văn Long");

        // Tân Lập was given Bắc Sơn's key by mistake: refused, with the reason
        assertThatThrownBy(() -> keys.forCommune("tan-lap")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.SIGNING_CERTIFICATE_MISMATCH);
            assertThat(e.getMessage())
                    .contains("\"bac-son\"", "ỦY BAN NHÂN DÂN XÃ BẮC SƠN", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP");
        });
        assertThat(keys.commune("tan-lap").problem()).isEqualTo(ErrorCode.SIGNING_CERTIFICATE_MISMATCH);
        // a key that is not in the store
        assertThatThrownBy(() -> keys.forCommune("khong-khoa")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.SIGNING_NOT_CONFIGURED);
            assertThat(e.getMessage()).contains("\"khong-co\"");
        });
        assertThat(keys.hasKey("khong-co")).isFalse();
        assertThat(keys.hasKey("vu-le")).isTrue();
    }

    @Test
    void theProvinceSignsOnlyWithAKeyNamingTheProvince() {
        SigningKeys commune = keys(properties(DEMO_KEYS, "", "bac-son"));
        assertThatThrownBy(commune::forProvince)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNING_CERTIFICATE_MISMATCH));

        SigningKeys none = keys(properties(DEMO_KEYS, "", ""));
        assertThat(none.provinceSigns()).isFalse();
        assertThat(none.province().problem()).isEqualTo(ErrorCode.SIGNING_NOT_CONFIGURED);
    }

    @Test
    void aCertificateNotValidNowDoesNotSign() {
        SigningKeys keys = keys(properties(DEMO_KEYS, "", "province"));
        keys.key("vu-le"); // made at NOW, valid from five years back to three years ahead
        SigningKeys later = new SigningKeys(
                properties(DEMO_KEYS, "", "province"),
                Clock.fixed(SigningFixture.NOW.plus(Duration.ofDays(4 * 365)), ZoneOffset.UTC),
                SigningFixture.DOCUMENTS.app(),
                communes());

        assertThatThrownBy(() -> later.forCommune("vu-le")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.SIGNING_CERTIFICATE_NOT_VALID);
            assertThat(e.getMessage()).contains("\"vu-le\"", "05/12/2021", "03/12/2029");
        });
    }

    @Test
    void withTheNameCheckOffAKeyNeedOnlyExistAndBeValid() {
        SigningProperties lax = properties(DEMO_KEYS, "", "province");
        lax = new SigningProperties(
                lax.keystoreType(),
                lax.keystore(),
                lax.password(),
                lax.alias(),
                lax.provinceAlias(),
                false,
                null,
                true,
                List.of(),
                "",
                DEMO_KEYS);

        assertThat(keys(lax).forCommune("tan-lap").certificate())
                .isEqualTo(keys(lax).key("bac-son").certificate());
    }

    @Test
    void aDemoStoreOfTheSingleKeyGetsTheCommunesAndTheProvincesKeysAndKeepsItsOwn() throws Exception {
        SigningKeys old = keys(SigningFixture.properties(folder, List.of(), true, ""));
        X509Certificate before = old.key("").certificate();
        assertThat(aliases()).containsExactly("commune");

        SigningKeys upgraded = keys(properties(DEMO_KEYS, "", "province"));

        assertThat(aliases()).containsExactlyInAnyOrder("commune", "bac-son", "vu-le", "province");
        assertThat(upgraded.key("").certificate())
                .as("the old key stays the first, the default: the installation signs on as before")
                .isEqualTo(before);
        assertThat(upgraded.trustAnchors())
                .as("the old demo CA and the one of the added keys")
                .hasSize(2);
        assertThat(upgraded.forCommune("vu-le").certificate().getIssuerX500Principal())
                .isNotEqualTo(before.getIssuerX500Principal());

        // a signature with an added key holds: its CA is trusted too
        PdfSigner signer = SigningFixture.signer(upgraded, "");
        byte[] signed = signer.sign(
                        upgraded.forCommune("vu-le"),
                        SigningFixture.decisionPdf(),
                        SigningFixture.APPEARANCE,
                        SigningFixture.NOW)
                .content();
        assertThat(SigningFixture.verifier(upgraded).check(signed))
                .singleElement()
                .satisfies(check -> {
                    assertThat(check.signerName()).isEqualTo("Mã Văn Long");
                    assertThat(check.holds()).isTrue();
                });
    }

    @Test
    void aKeyAddedToTheStoreAfterItWasOpenedIsFoundWithoutARestart() throws Exception {
        SigningKeys keys = keys(properties(DEMO_KEYS, "", "province"));
        keys.key("vu-le");
        assertThat(keys.hasKey("tan-lap")).isFalse();

        KeyStore store = read();
        store.setKeyEntry(
                "tan-lap",
                (java.security.PrivateKey) store.getKey("vu-le", "test-pass".toCharArray()),
                "test-pass".toCharArray(),
                store.getCertificateChain("vu-le"));
        try (OutputStream out = Files.newOutputStream(folder.resolve("commune.p12"))) {
            store.store(out, "test-pass".toCharArray());
        }

        assertThat(keys.hasKey("tan-lap")).isTrue();
    }

    @Test
    void theIssuersNameIsFoundHoweverACertificateWritesIt() {
        assertThat(IssuerNames.contains("ỦY BAN NHÂN DÂN XÃ VŨ LỄ", "Ủy ban nhân dân xã Vũ Lễ"))
                .isTrue();
        assertThat(IssuerNames.contains("UBND xã Vũ Lễ, tỉnh Lạng Sơn", "ỦY BAN NHÂN DÂN XÃ VŨ LỄ"))
                .isTrue();
        assertThat(IssuerNames.contains("UBND XA VU LE", "ỦY BAN NHÂN DÂN XÃ VŨ LỄ"))
                .as("a subject without diacritics")
                .isTrue();
        assertThat(IssuerNames.contains("Ủy ban nhân dân xã Thuỷ Xuân", "ỦY BAN NHÂN DÂN XÃ THỦY XUÂN"))
                .as("the tone mark on either vowel")
                .isTrue();
        assertThat(IssuerNames.contains("Văn phòng HĐND và UBND xã Vũ Lễ", "Ủy ban nhân dân xã Vũ Lễ"))
                .isTrue();

        assertThat(IssuerNames.contains("ỦY BAN NHÂN DÂN XÃ BẮC SƠN", "ỦY BAN NHÂN DÂN XÃ VŨ LỄ"))
                .isFalse();
        assertThat(IssuerNames.contains("ỦY BAN NHÂN DÂN XÃ BẠC SƠN", "ỦY BAN NHÂN DÂN XÃ BẮC SƠN"))
                .as("with diacritics, Bạc Sơn is not Bắc Sơn")
                .isFalse();
        assertThat(IssuerNames.contains("ỦY BAN NHÂN DÂN XÃ VŨ LỄ", "ỦY BAN NHÂN DÂN XÃ V"))
                .as("whole words only")
                .isFalse();
        assertThat(IssuerNames.contains("", "ỦY BAN NHÂN DÂN XÃ VŨ LỄ")).isFalse();
    }

    @Test
    void theLocalityAloneDoesNotNameTheIssuer() throws Exception {
        X509Certificate localityOnly = Certificates.issue(
                Certificates.name("Người ký", "Công ty dịch vụ", "Vũ Lễ"),
                java.security.KeyPairGenerator.getInstance("RSA")
                        .generateKeyPair()
                        .getPublic(),
                Certificates.name("CA", "", ""),
                java.security.KeyPairGenerator.getInstance("RSA")
                        .generateKeyPair()
                        .getPrivate(),
                SigningFixture.NOW,
                Duration.ofDays(1),
                false);

        assertThat(IssuerNames.names(localityOnly, "Vũ Lễ")).isFalse();
    }

    // --- helpers ---

    private SigningProperties properties(
            Map<String, SigningProperties.DemoSubject> demoKeys, String alias, String provinceAlias) {
        SigningProperties base = SigningFixture.properties(folder, List.of(), true, "", demoKeys, alias);
        return new SigningProperties(
                base.keystoreType(),
                base.keystore(),
                base.password(),
                base.alias(),
                provinceAlias,
                true,
                null,
                true,
                List.of(),
                "",
                demoKeys);
    }

    private SigningKeys keys(SigningProperties properties) {
        return new SigningKeys(
                properties,
                Clock.fixed(SigningFixture.NOW, ZoneOffset.UTC),
                SigningFixture.DOCUMENTS.app(),
                communes());
    }

    /** Bắc Sơn (no key of its own), Vũ Lễ ("vu-le"), Tân Lập (given Bắc Sơn's key), one without a key. */
    private static CommuneSettings communes() {
        CommuneSettings communes = mock(CommuneSettings.class);
        Settings bacSon = SigningFixture.DOCUMENTS.issuer().asSettings(SigningFixture.DOCUMENTS.app());
        when(communes.defaults()).thenReturn(bacSon);
        when(communes.of("bac-son")).thenReturn(bacSon);
        when(communes.of("vu-le")).thenReturn(named(bacSon, "ỦY BAN NHÂN DÂN XÃ VŨ LỄ", "vu-le"));
        when(communes.of("tan-lap")).thenReturn(named(bacSon, "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "bac-son"));
        when(communes.of("khong-khoa")).thenReturn(named(bacSon, "ỦY BAN NHÂN DÂN XÃ KHÔNG KHÓA", "khong-co"));
        return communes;
    }

    private static Settings named(Settings base, String issuerName, String alias) {
        return new Settings(
                        new Settings.Issuer(
                                issuerName,
                                base.issuer().headerLines(),
                                "",
                                base.issuer().placeName(),
                                base.issuer().province()),
                        base.signer(),
                        base.decisionNumberPattern(),
                        base.submissionNumberPattern(),
                        base.council(),
                        base.stageWorkingDays(),
                        base.mailFrom(),
                        null,
                        List.of(),
                        "")
                .withSigningKeyAlias(alias);
    }

    private KeyStore read() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(folder.resolve("commune.p12"))) {
            store.load(in, "test-pass".toCharArray());
        }
        return store;
    }

    private List<String> aliases() throws Exception {
        KeyStore store = read();
        return Collections.list(store.aliases()).stream()
                .filter(alias -> {
                    try {
                        Certificate certificate = store.getCertificate(alias);
                        return certificate != null && store.isKeyEntry(alias);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }
}
