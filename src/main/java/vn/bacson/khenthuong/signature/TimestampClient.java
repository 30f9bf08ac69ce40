package vn.bacson.khenthuong.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.stereotype.Component;

/**
 * RFC 3161: when {@code app.signing.timestamp-url} is set, every signature gets a timestamp token from that
 * authority (an unsigned attribute of the CMS signer), so its time is the authority's, not the signer's claim.
 */
@Component
class TimestampClient {

    private final String url;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SecureRandom random = new SecureRandom();

    TimestampClient(SigningProperties properties) {
        this.url = properties.timestampUrl();
    }

    boolean enabled() {
        return !url.isBlank();
    }

    /** The CMS with a timestamp over its signature value, or unchanged when no authority is configured. */
    CMSSignedData stamp(CMSSignedData cms) {
        if (!enabled()) {
            return cms;
        }
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        TimeStampToken token = request(Cms.sha256(signer.getSignature()));
        try {
            ASN1EncodableVector unsigned = new ASN1EncodableVector();
            unsigned.add(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(ASN1Primitive.fromByteArray(token.getEncoded()))));
            SignerInformation stamped =
                    SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
            return CMSSignedData.replaceSigners(cms, new SignerInformationStore(stamped));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot add the timestamp", e);
        }
    }

    private TimeStampToken request(byte[] digest) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request =
                generator.generate(NISTObjectIdentifiers.id_sha256, digest, BigInteger.valueOf(random.nextLong()));
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The timestamp authority answered " + response.statusCode());
            }
            TimeStampResponse answer = new TimeStampResponse(response.body());
            answer.validate(request);
            if (answer.getTimeStampToken() == null) {
                throw new IllegalStateException("The timestamp authority refused: " + answer.getStatusString());
            }
            return answer.getTimeStampToken();
        } catch (IOException | TSPException e) {
            throw new IllegalStateException("The timestamp authority cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking for a timestamp", e);
        }
    }
}
