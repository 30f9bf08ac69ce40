package vn.bacson.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.documents.DocumentTestSupport;

/** Sign → verify round trips on a real decision PDF, and each way a signature can fail a reader. */
class PdfSigningTest {

    @TempDir
    static Path demoFolder;

    @TempDir
    Path folder;

    private static SigningKeys demoKeys;
    private static byte[] decision;

    private static synchronized SigningKeys demoKeys() {
        if (demoKeys == null) {
            demoKeys = SigningFixture.demoKeys(demoFolder);
        }
        return demoKeys;
    }

    private static synchronized byte[] decision() {
        if (decision == null) {
            decision = SigningFixture.decisionPdf();
        }
        return decision.clone();
    }

    @Test
    void aSignedDecisionVerifiesAndShowsItsBlockAboveTheSignersName() throws Exception {
        SigningKeys keys = demoKeys();
        byte[] signed = SigningFixture.signer(keys, "")
                .sign(keys.key(""), decision(), SigningFixture.APPEARANCE, SigningFixture.NOW)
                .content();

        List<SignatureCheck> checks = SigningFixture.verifier(keys).check(signed);

        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.signerName()).isEqualTo("Trịnh Minh Tuấn");
            assertThat(check.organization()).isEqualTo("ỦY BAN NHÂN DÂN XÃ BẮC SƠN");
            assertThat(check.signedAt()).isEqualTo(OffsetDateTime.of(2026, 12, 4, 10, 15, 0, 0, ZoneOffset.ofHours(7)));
            assertThat(check.intact()).isTrue();
            assertThat(check.coversWholeDocument()).isTrue();
            assertThat(check.certificateTrusted()).isTrue();
            assertThat(check.certificateValidAtSigning()).isTrue();
            assertThat(check.timestamped()).isFalse();
            assertThat(check.holds()).isTrue();
        });
        assertThat(DocumentTestSupport.pdfText(signed)).contains("Số: 12/QĐ-UBND");

        try (PDDocument document = Loader.loadPDF(signed)) {
            // the page where the decision is signed: its signer's printed name (the list of awardees follows); the
            // decision fits one page, so its signature is on page 1 as Decree 30/2020 places it
            int signingPage = pageOf(document, "Trịnh Minh Tuấn");
            assertThat(signingPage).as("the decision is signed on page 1").isZero();
            assertThat(signingPage)
                    .as("the signer's title, space and name are on one page")
                    .isEqualTo(pageOf(document, "CHỦ TỊCH\n"));
            assertThat(pageOf(document, "DANH SÁCH"))
                    .as("the list of awardees follows")
                    .isEqualTo(1);
            PDPage page = document.getPage(signingPage);
            assertThat(widgets(page))
                    .as("one visible signature, on the signing page")
                    .hasSize(1);
            PDRectangle block = widgets(page).get(0).getRectangle();
            float pageWidth = page.getMediaBox().getWidth();
            assertThat(block.getLowerLeftX()).as("in the signer's column").isGreaterThan(pageWidth / 2 - 40);
            Float nameBaseline = baselineOf(document, signingPage, "Trịnh Minh Tuấn");
            assertThat(nameBaseline).isNotNull();
            assertThat(block.getLowerLeftY())
                    .as("above the signer's printed name")
                    .isGreaterThan(nameBaseline);
            assertThat(block.getLowerLeftY()).isLessThan(nameBaseline + 40);
            // the block as the reader sees it: flattened, its text is on page 1
            document.getDocumentCatalog().getAcroForm().flatten();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(signingPage + 1);
            stripper.setEndPage(signingPage + 1);
            assertThat(stripper.getText(document).replaceAll("\\s+", " "))
                    .contains(
                            "Ký bởi: Trịnh Minh Tuấn", "Chức vụ: CHỦ TỊCH", "Thời gian ký: 04/12/2026 10:15:00 +07:00");
        }
        // page 1 as poppler draws it (the signature's appearance included), for the docs
        Path file = folder.resolve("signed.pdf");
        Files.write(file, signed);
        BufferedImage image = pdftoppm(file, 1, DocumentTestSupport.SCREENSHOTS.resolve("quyet-dinh-da-ky-so"));
        assertThat(redPixels(image)).as("the seal image is drawn on page 1").isGreaterThan(200);
    }

    @Test
    void popplerReadsTheSignatureAsValid() throws Exception {
        SigningKeys keys = demoKeys();
        byte[] signed = SigningFixture.signer(keys, "")
                .sign(keys.key(""), decision(), SigningFixture.APPEARANCE, SigningFixture.NOW)
                .content();
        Path file = folder.resolve("signed.pdf");
        Files.write(file, signed);

        String report = pdfsig(file);

        assertThat(report).contains("Signer Certificate Common Name: Trịnh Minh Tuấn");
        assertThat(report).contains("Signature Validation: Signature is Valid.");
        assertThat(report).contains("Total document signed");
    }

    @Test
    void aByteChangedAfterSigningIsDetected() {
        SigningKeys keys = demoKeys();
        byte[] signed = SigningFixture.signer(keys, "")
                .sign(keys.key(""), decision(), SigningFixture.APPEARANCE, SigningFixture.NOW)
                .content();
        // the binary comment on the header's second line: signed, but changing it leaves a readable PDF
        assertThat(new String(signed, 0, 9, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        byte[] changed = signed.clone();
        changed[11] ^= 0x01;

        SignatureCheck check = SigningFixture.verifier(keys).check(changed).get(0);

        assertThat(check.intact()).isFalse();
        assertThat(check.changedAfterSigning()).isTrue();
        assertThat(check.holds()).isFalse();
    }

    @Test
    void anIncrementalUpdateAfterSigningIsReportedAsChanged() throws Exception {
        SigningKeys keys = demoKeys();
        byte[] signed = SigningFixture.signer(keys, "")
                .sign(keys.key(""), decision(), SigningFixture.APPEARANCE, SigningFixture.NOW)
                .content();
        byte[] updated;
        try (PDDocument document = Loader.loadPDF(signed)) {
            document.getDocumentInformation().setTitle("Sửa sau khi ký");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            updated = out.toByteArray();
        }
        assertThat(updated.length).isGreaterThan(signed.length);

        SignatureCheck check = SigningFixture.verifier(keys).check(updated).get(0);

        assertThat(check.intact()).as("the signed part itself is unchanged").isTrue();
        assertThat(check.coversWholeDocument()).isFalse();
        assertThat(check.changedAfterSigning()).isTrue();
    }

    @Test
    void aChainToAnUnknownRootIsNotTrusted() throws Exception {
        SigningFixture.Issued other =
                SigningFixture.issue("Người ký lạ", SigningFixture.NOW.minus(Duration.ofDays(10)), 365);
        Path otherFolder = Files.createDirectories(folder.resolve("other"));
        SigningKeys otherKeys = SigningFixture.keysOf(other, otherFolder);
        byte[] signed = SigningFixture.signer(otherKeys, "")
                .sign(otherKeys.key(""), decision(), SigningFixture.APPEARANCE, SigningFixture.NOW)
                .content();

        SignatureCheck check = SigningFixture.verifier(demoKeys()).check(signed).get(0);

        assertThat(check.intact()).isTrue();
        assertThat(check.certificateTrusted()).isFalse();
        assertThat(check.holds()).isFalse();
    }

    @Test
    void aCertificateExpiredAtSigningIsReported() throws Exception {
        SigningFixture.Issued expired =
                SigningFixture.issue("Người ký hết hạn", SigningFixture.NOW.minus(Duration.ofDays(400)), 30);
        SigningKeys keys = SigningFixture.keysOf(expired, folder);
        byte[] signed = SigningFixture.signer(keys, "")
                .sign(keys.key(""), decision(), SigningFixture.APPEARANCE, SigningFixture.NOW)
                .content();

        SignatureCheck check = SigningFixture.verifier(keys).check(signed).get(0);

        assertThat(check.intact()).isTrue();
        assertThat(check.certificateValidAtSigning()).isFalse();
        assertThat(check.certificateTrusted())
                .as("no valid path at the signing time")
                .isFalse();
        assertThat(check.holds()).isFalse();
    }

    @Test
    void aKeyThatNeverLeavesTheTokenSignsInTwoSteps() throws Exception {
        SigningFixture.Issued token =
                SigningFixture.issue("Trịnh Minh Tuấn", SigningFixture.NOW.minus(Duration.ofDays(5)), 365);
        SigningKeys anchors = SigningFixture.keysOf(token, folder);
        PdfSigner signer = SigningFixture.signer(anchors, "");
        PdfSigner.SignatureRequest request = signer.requestSignature(
                decision(), token.certificate().getEncoded(), SigningFixture.APPEARANCE, SigningFixture.NOW);
        assertThat(request.algorithm()).isEqualTo("SHA256withRSA");

        // the client: its token signs the bytes it was given
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(token.keys().getPrivate());
        rsa.update(Base64.getDecoder().decode(request.toBeSigned()));
        byte[] value = rsa.sign();

        byte[] signed = signer.completeSignature(
                        request.preparedPdf(), token.certificate().getEncoded(), value, SigningFixture.NOW)
                .content();
        assertThat(SigningFixture.verifier(anchors).check(signed))
                .singleElement()
                .satisfies(check -> {
                    assertThat(check.holds()).isTrue();
                    assertThat(check.signerName()).isEqualTo("Trịnh Minh Tuấn");
                });

        byte[] wrong = value.clone();
        wrong[10] ^= 0x01;
        assertThatThrownBy(() -> signer.completeSignature(
                        request.preparedPdf(), token.certificate().getEncoded(), wrong, SigningFixture.NOW))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.SIGNATURE_INVALID);
    }

    @Test
    void aConfiguredTimestampAuthorityDatesTheSignature() throws Exception {
        Instant tsaTime = Instant.parse("2026-12-04T03:20:00Z");
        try (TestTimestampAuthority tsa = TestTimestampAuthority.start(tsaTime)) {
            SigningKeys keys = demoKeys();
            byte[] signed = SigningFixture.signer(keys, tsa.url())
                    .sign(keys.key(""), decision(), SigningFixture.APPEARANCE, SigningFixture.NOW)
                    .content();

            SignatureCheck check = SigningFixture.verifier(keys).check(signed).get(0);

            assertThat(check.timestamped()).isTrue();
            assertThat(check.signedAt().toInstant()).isEqualTo(tsaTime);
            assertThat(check.holds()).isTrue();
            assertThat(tsa.requests()).isEqualTo(1);
        }
    }

    @Test
    void aFileWithoutSignaturesOrNotAPdfHasNone() {
        SigningKeys keys = demoKeys();
        assertThat(SigningFixture.verifier(keys).check(decision())).isEmpty();
        assertThat(SigningFixture.verifier(keys).check("không phải PDF".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    private static List<PDAnnotationWidget> widgets(PDPage page) throws Exception {
        return page.getAnnotations().stream()
                .filter(PDAnnotationWidget.class::isInstance)
                .map(PDAnnotationWidget.class::cast)
                .toList();
    }

    /** The first page (from 0) whose text contains {@code text}. */
    private static int pageOf(PDDocument document, String text) throws Exception {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(text)) {
                return page - 1;
            }
        }
        return -1;
    }

    /** The baseline of {@code text} on a page, in PDF user space (from the bottom). */
    private static Float baselineOf(PDDocument document, int pageIndex, String text) throws Exception {
        Float[] found = new Float[1];
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<org.apache.pdfbox.text.TextPosition> positions) {
                if (found[0] == null && line.strip().equals(text)) {
                    found[0] = document.getPage(0).getMediaBox().getHeight()
                            - positions.get(0).getYDirAdj();
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(document);
        return found[0];
    }

    private static int redPixels(BufferedImage image) {
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 150 && g < 90 && b < 100) {
                    red++;
                }
            }
        }
        return red;
    }

    /** One page (from 1) rendered by poppler's pdftoppm at 80 dpi into {@code target}.png; the image read back. */
    private static BufferedImage pdftoppm(Path pdf, int page, Path target) throws Exception {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "80",
                        "-f",
                        Integer.toString(page),
                        "-l",
                        Integer.toString(page),
                        "-singlefile",
                        pdf.toString(),
                        target.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return javax.imageio.ImageIO.read(
                target.resolveSibling(target.getFileName() + ".png").toFile());
    }

    private static String pdfsig(Path file) throws Exception {
        Process process = new ProcessBuilder("pdfsig", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
