package vn.bacson.khenthuong.signature;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import vn.bacson.khenthuong.documents.AwardeeRow;
import vn.bacson.khenthuong.documents.DecisionData;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentTestSupport;
import vn.bacson.khenthuong.dossier.NomineeType;

/** Keys, certificates and a real decision PDF for the signing tests; everything made in a temporary folder. */
final class SigningFixture {

    static final DocumentTestSupport DOCUMENTS = new DocumentTestSupport();
    static final Instant NOW = Instant.parse("2026-12-04T03:15:00Z");

    private SigningFixture() {}

    /** Bắc Sơn's demo key, as the first version of the demo made it (one key, alias "commune"). */
    static final Map<String, SigningProperties.DemoSubject> ONE_DEMO_KEY = Map.of(
            "commune",
            new SigningProperties.DemoSubject(
                    DOCUMENTS.issuer().signer().name(),
                    DOCUMENTS.issuer().name(),
                    DOCUMENTS.issuer().placeName()));

    static SigningProperties properties(Path folder, List<Path> anchors, boolean demo, String timestampUrl) {
        return properties(folder, anchors, demo, timestampUrl, ONE_DEMO_KEY, "");
    }

    static SigningProperties properties(
            Path folder,
            List<Path> anchors,
            boolean demo,
            String timestampUrl,
            Map<String, SigningProperties.DemoSubject> demoKeys,
            String alias) {
        return new SigningProperties(
                SigningProperties.KeyStoreKind.PKCS12,
                folder.resolve("commune.p12"),
                "test-pass",
                alias,
                "",
                true,
                null,
                demo,
                anchors,
                timestampUrl,
                demoKeys);
    }

    static SigningKeys demoKeys(Path folder) {
        return new SigningKeys(properties(folder, List.of(), true, ""), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static PdfSigner signer(SigningKeys keys, String timestampUrl) {
        return new PdfSigner(
                keys,
                new TimestampClient(properties(Path.of("unused"), List.of(), false, timestampUrl)),
                DOCUMENTS.app());
    }

    static PdfSignatureVerifier verifier(SigningKeys keys) {
        return new PdfSignatureVerifier(keys, DOCUMENTS.app());
    }

    static final PdfSigner.Appearance APPEARANCE = new PdfSigner.Appearance(
            DOCUMENTS.issuer().signer().name(),
            DOCUMENTS.issuer().signer().title(),
            DOCUMENTS.issuer().placeName(),
            DOCUMENTS.issuer().name(),
            DOCUMENTS.issuer().headerLines());

    /** The decision as the system draws it up: number, date, the awardees and the signer's block. */
    static byte[] decisionPdf() {
        List<AwardeeRow> awardees = List.of(
                new AwardeeRow(
                        UUID.randomUUID(),
                        NomineeType.INDIVIDUAL,
                        "Hoàng Thị Mai",
                        "Bí thư Chi bộ",
                        "Thôn 1",
                        "Hoàn thành xuất sắc nhiệm vụ",
                        "GIAY_KHEN_CHU_TICH_XA",
                        null),
                new AwardeeRow(
                        UUID.randomUUID(),
                        NomineeType.COLLECTIVE,
                        "Chi hội Phụ nữ thôn 2",
                        null,
                        "Thôn 2",
                        "Mô hình “Phụ nữ giữ đường sạch”",
                        "GIAY_KHEN_CHU_TICH_XA",
                        null));
        DecisionData data = new DecisionData(
                "12/QĐ-UBND",
                LocalDate.of(2026, 12, 4),
                DocumentTestSupport.campaign(),
                "ND152-2025",
                awardees,
                LocalDate.of(2026, 11, 28));
        return DOCUMENTS.renderer().render(DOCUMENTS.documents().decision(data), DocumentFormat.PDF);
    }

    /** A CA of the test's own and a signer certificate issued by it, valid from {@code from} for {@code days}. */
    record Issued(KeyPair caKeys, X509Certificate ca, KeyPair keys, X509Certificate certificate) {}

    static Issued issue(String name, Instant from, int days) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair caKeys = generator.generateKeyPair();
        X500Name caName = Certificates.name("CA kiểm thử " + name, "", "");
        X509Certificate ca =
                Certificates.selfSigned(caName, caKeys, from.minus(Duration.ofDays(1)), Duration.ofDays(3650));
        KeyPair keys = generator.generateKeyPair();
        X509Certificate certificate = Certificates.issue(
                Certificates.name(name, "ỦY BAN NHÂN DÂN XÃ BẮC SƠN", "Bắc Sơn"),
                keys.getPublic(),
                caName,
                caKeys.getPrivate(),
                from,
                Duration.ofDays(days),
                false);
        return new Issued(caKeys, ca, keys, certificate);
    }

    /** Writes {@code issued} as the PKCS#12 file and its CA as a PEM anchor into {@code folder}. */
    static SigningKeys keysOf(Issued issued, Path folder) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", issued.keys().getPrivate(), "test-pass".toCharArray(), new Certificate[] {
            issued.certificate(), issued.ca()
        });
        try (OutputStream out = Files.newOutputStream(folder.resolve("commune.p12"))) {
            store.store(out, "test-pass".toCharArray());
        }
        Path anchor = folder.resolve("ca.pem");
        Files.writeString(anchor, Certificates.pem(issued.ca()));
        return new SigningKeys(properties(folder, List.of(anchor), false, ""), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
