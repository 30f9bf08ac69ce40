package vn.bacson.khenthuong.signature;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.AppProperties;

/** Checks every signature in a PDF: intact, whole document, signer, time, chain to a trusted root. */
@Component
public class PdfSignatureVerifier {

    private static final Logger log = LoggerFactory.getLogger(PdfSignatureVerifier.class);

    private final SigningKeys keys;
    private final ZoneId zone;

    PdfSignatureVerifier(SigningKeys keys, AppProperties app) {
        this.keys = keys;
        this.zone = app.zone();
    }

    /** The signatures of {@code pdf}, first signed first; empty when it has none or is not a readable PDF. */
    public List<SignatureCheck> check(byte[] pdf) {
        List<SignatureCheck> checks = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                checks.add(check(signature, pdf));
            }
        } catch (IOException | RuntimeException e) {
            log.info("No signature read from a PDF of {} bytes: {}", pdf.length, e.toString());
        }
        return checks;
    }

    private SignatureCheck check(PDSignature signature, byte[] pdf) throws IOException {
        int[] range = signature.getByteRange();
        boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
        Instant claimed =
                signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        try {
            CMSSignedData cms = new CMSSignedData(
                    new CMSProcessableByteArray(signature.getSignedContent(pdf)), signature.getContents(pdf));
            SignerInformation signer =
                    cms.getSignerInfos().getSigners().iterator().next();
            Store<X509CertificateHolder> store = cms.getCertificates();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            List<X509Certificate> certificates = new ArrayList<>();
            for (X509CertificateHolder holder : store.getMatches(null)) {
                certificates.add(converter.getCertificate(holder));
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> own = store.getMatches(signer.getSID());
            if (own.isEmpty()) {
                return unreadable(signature, whole, claimed);
            }
            X509Certificate certificate =
                    converter.getCertificate(own.iterator().next());
            boolean intact = Cms.verifies(cms, certificate);
            TimeStampToken token = timestamp(signer);
            Instant signedAt = token != null
                    ? token.getTimeStampInfo().getGenTime().toInstant()
                    : signingTimeAttribute(signer, claimed);
            boolean validAtSigning = signedAt != null && validAt(certificate, signedAt);
            return new SignatureCheck(
                    Certificates.commonName(certificate),
                    Certificates.organization(certificate),
                    signedAt == null ? null : OffsetDateTime.ofInstant(signedAt, zone),
                    intact,
                    whole,
                    trusted(certificate, certificates, signedAt),
                    validAtSigning,
                    token != null);
        } catch (CMSException | GeneralSecurityException | RuntimeException e) {
            log.info("An unreadable signature: {}", e.toString());
            return unreadable(signature, whole, claimed);
        }
    }

    private SignatureCheck unreadable(PDSignature signature, boolean whole, Instant claimed) {
        return new SignatureCheck(
                signature.getName() == null ? "" : signature.getName(),
                "",
                claimed == null ? null : OffsetDateTime.ofInstant(claimed, zone),
                false,
                whole,
                false,
                false,
                false);
    }

    private static TimeStampToken timestamp(SignerInformation signer) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        if (unsigned == null) {
            return null;
        }
        Attribute attribute = unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            byte[] expected = Cms.sha256(signer.getSignature());
            return java.util.Arrays.equals(expected, token.getTimeStampInfo().getMessageImprintDigest()) ? token : null;
        } catch (IOException | CMSException | TSPException e) {
            return null;
        }
    }

    private static Instant signingTimeAttribute(SignerInformation signer, Instant claimed) {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute time = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (time != null) {
            return Time.getInstance(time.getAttrValues().getObjectAt(0))
                    .getDate()
                    .toInstant();
        }
        return claimed;
    }

    private static boolean validAt(X509Certificate certificate, Instant at) {
        try {
            certificate.checkValidity(Date.from(at));
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private boolean trusted(X509Certificate certificate, List<X509Certificate> chain, Instant at) {
        List<X509Certificate> anchors = keys.trustAnchors();
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            Set<TrustAnchor> trustAnchors =
                    anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, target);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(chain)));
            parameters.setRevocationEnabled(false);
            if (at != null) {
                parameters.setDate(Date.from(at));
            }
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
