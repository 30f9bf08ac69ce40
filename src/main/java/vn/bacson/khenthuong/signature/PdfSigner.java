package vn.bacson.khenthuong.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;

/**
 * Signs PDFs (PAdES, CMS detached, SHA-256) with a visible block: in one step with the issuing commune's key (or the
 * province's) from the installation's store or token, or in two steps for a key that never leaves the signer's USB
 * token (the server prepares the document and the bytes to sign; the client returns the signature value, which is
 * checked before it is embedded).
 */
@Component
public class PdfSigner {

    /** Room reserved in the PDF for the CMS (certificates, signature and a timestamp token). */
    private static final int SIGNATURE_SPACE = 24_000;

    private final SigningKeys keys;
    private final TimestampClient timestamps;
    private final ZoneId zone;

    PdfSigner(SigningKeys keys, TimestampClient timestamps, AppProperties app) {
        this.keys = keys;
        this.timestamps = timestamps;
        this.zone = app.zone();
    }

    /**
     * How the issuing body signs: the name printed under the signature (where the block goes), the signer's
     * title, the place (the signature's location), the lines of the drawn stand-in seal and the scanned seal
     * (PNG; null: the stand-in is drawn).
     */
    public record Appearance(
            String printedName,
            String title,
            String place,
            String organization,
            List<String> sealLines,
            byte[] sealPng) {

        /** Without a scanned seal: the stand-in is drawn from the seal lines. */
        public Appearance(String printedName, String title, String place, String organization, List<String> sealLines) {
            this(printedName, title, place, organization, sealLines, null);
        }
    }

    /** A signed PDF and who signed it when. */
    public record SignedPdf(byte[] content, String signerName, Instant signedAt) {}

    /** The first step of a two-step signature: the prepared PDF to keep, and what the client must sign. */
    public record SignatureRequest(byte[] preparedPdf, String toBeSigned, String algorithm) {}

    /**
     * Signs a commune's document with the commune's own key (the one its settings name), whoever asks — its chairman,
     * a province user or a job: 409 when the commune has no usable key or its certificate names another body.
     */
    public SignedPdf signForCommune(String communeCode, byte[] pdf, Appearance appearance, Instant at) {
        return sign(keys.forCommune(communeCode), pdf, appearance, at);
    }

    /** Signs one of the province's own documents with the province's key ({@code app.signing.province-alias}). */
    public SignedPdf signForProvince(byte[] pdf, Appearance appearance, Instant at) {
        return sign(keys.forProvince(), pdf, appearance, at);
    }

    /** Whether the province signs its own documents here (a province key is configured). */
    public boolean provinceSigns() {
        return keys.provinceSigns();
    }

    /** Signs with the given key (a key file's or a token's), as it is: the checks are {@link SigningKeys}'. */
    SignedPdf sign(SigningKey key, byte[] pdf, Appearance appearance, Instant at) {
        Prepared prepared = prepare(pdf, key.certificate(), appearance, at);
        AttributeTable attributes = Cms.signedAttributes(prepared.digest(), key.certificate());
        ContentSigner signer;
        try {
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(Cms.algorithmFor(key.certificate()));
            if (key.provider() != null) {
                builder.setProvider(key.provider());
            }
            signer = builder.build(key.privateKey());
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Cannot use the signing key", e);
        }
        CMSSignedData cms = Cms.build(prepared.signedContent(), key.chain(), signer, attributes);
        return new SignedPdf(prepared.embed(timestamps.stamp(cms)), Certificates.commonName(key.certificate()), at);
    }

    /**
     * Step one for a key on the signer's own token: {@code certificateDer} is the signer's certificate, which must be
     * valid today and name the commune that issues the document (409 SIGNING_CERTIFICATE_NOT_VALID or
     * SIGNING_CERTIFICATE_MISMATCH otherwise).
     */
    public SignatureRequest requestSignature(
            String communeCode, byte[] pdf, byte[] certificateDer, Appearance appearance, Instant at) {
        keys.requireMaySignForCommune(parseCertificate(certificateDer), communeCode);
        return requestSignature(pdf, certificateDer, appearance, at);
    }

    /** Step one without asking whom the certificate names. */
    SignatureRequest requestSignature(byte[] pdf, byte[] certificateDer, Appearance appearance, Instant at) {
        X509Certificate certificate = parseCertificate(certificateDer);
        Prepared prepared = prepare(pdf, certificate, appearance, at);
        byte[] toBeSigned = Cms.toBeSigned(Cms.signedAttributes(prepared.digest(), certificate));
        return new SignatureRequest(
                prepared.bytes(), Base64.getEncoder().encodeToString(toBeSigned), Cms.algorithmFor(certificate));
    }

    /**
     * Step two: embeds the client's signature value into the prepared PDF; 400 SIGNATURE_INVALID when it does not
     * verify with the certificate of step one.
     */
    public SignedPdf completeSignature(byte[] preparedPdf, byte[] certificateDer, byte[] signatureValue, Instant at) {
        X509Certificate certificate = parseCertificate(certificateDer);
        Prepared prepared = Prepared.of(preparedPdf);
        AttributeTable attributes = Cms.signedAttributes(prepared.digest(), certificate);
        CMSSignedData cms = Cms.build(
                prepared.signedContent(),
                List.of(certificate),
                Cms.externalValue(Cms.algorithmFor(certificate), signatureValue),
                attributes);
        if (!Cms.verifies(cms, certificate)) {
            throw new DomainException(ErrorCode.SIGNATURE_INVALID);
        }
        return new SignedPdf(prepared.embed(timestamps.stamp(cms)), Certificates.commonName(certificate), at);
    }

    static X509Certificate parseCertificate(byte[] der) {
        try {
            return Certificates.parse(der);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw DomainException.invalid(
                    "certificate", "INVALID_VALUE", "Chứng thư số không đọc được (cần dạng DER, mã hóa base64).");
        }
    }

    private Prepared prepare(byte[] pdf, X509Certificate certificate, Appearance appearance, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            String signerName = Certificates.commonName(certificate);
            signature.setName(signerName);
            signature.setLocation(appearance.place());
            signature.setReason("Ký ban hành văn bản");
            signature.setSignDate(GregorianCalendar.from(at.atZone(zone)));
            String organization = Certificates.organization(certificate);
            SignatureBlock block = new SignatureBlock(
                    appearance.sealPng() != null && appearance.sealPng().length > 0
                            ? appearance.sealPng()
                            : SealImage.draw(appearance.sealLines()),
                    signerName,
                    appearance.title(),
                    organization.isBlank() ? appearance.organization() : organization,
                    at.atZone(zone));
            VisibleSignature.Placement placement = VisibleSignature.place(document, appearance.printedName());
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SPACE);
                options.setPage(placement.page());
                options.setVisualSignature(VisibleSignature.template(document, placement, block));
                document.addSignature(signature, options);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                external.setSignature(new byte[0]);
                return Prepared.of(out.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the PDF for signing", e);
        }
    }

    /** A PDF with an empty signature placeholder: the signed byte ranges and where the CMS goes. */
    record Prepared(byte[] bytes, int placeholderStart, int placeholderEnd, byte[] signedContent) {

        static Prepared of(byte[] bytes) {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                PDSignature last = document.getLastSignatureDictionary();
                if (last == null) {
                    throw new IllegalStateException("No signature placeholder");
                }
                int[] range = last.getByteRange();
                byte[] content = new byte[range[1] + range[3]];
                System.arraycopy(bytes, range[0], content, 0, range[1]);
                System.arraycopy(bytes, range[2], content, range[1], range[3]);
                // between '<' at range[1] and '>' at range[2] - 1
                return new Prepared(bytes, range[1] + 1, range[2] - 1, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] digest() {
            return Cms.sha256(signedContent);
        }

        byte[] embed(CMSSignedData cms) {
            byte[] hex;
            try {
                hex = HexFormat.of().withUpperCase().formatHex(cms.getEncoded()).getBytes(StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (hex.length > placeholderEnd - placeholderStart) {
                throw new IllegalStateException("The signature does not fit its placeholder");
            }
            byte[] signed = bytes.clone();
            System.arraycopy(hex, 0, signed, placeholderStart, hex.length);
            return signed;
        }
    }
}
