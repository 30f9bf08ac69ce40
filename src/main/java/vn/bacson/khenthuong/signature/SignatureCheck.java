package vn.bacson.khenthuong.signature;

import java.time.OffsetDateTime;

/**
 * One signature found in a PDF, as a reader needs it: who signed (name and organisation from the certificate),
 * when, whether the signed bytes are unchanged ({@code intact}), whether it covers the whole file (false when
 * something was appended after signing), whether the certificate chains to a trusted root and was valid at the
 * signing time, and whether that time comes from a timestamp authority rather than the signer's own claim.
 */
public record SignatureCheck(
        String signerName,
        String organization,
        OffsetDateTime signedAt,
        boolean intact,
        boolean coversWholeDocument,
        boolean certificateTrusted,
        boolean certificateValidAtSigning,
        boolean timestamped) {

    /** Signed, unchanged since, by a trusted certificate valid at the time: what a reader may rely on. */
    public boolean holds() {
        return intact && coversWholeDocument && certificateTrusted && certificateValidAtSigning;
    }

    /** The bytes that were signed changed, or something was added to the file after signing. */
    public boolean changedAfterSigning() {
        return !intact || !coversWholeDocument;
    }
}
