package vn.bacson.khenthuong.posting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sender's fingerprint kept with a feedback message: HMAC-SHA256 of the IP address under a configured key
 * (app.public-posting.sender-hash-key), in hex. Messages from one address share it; the address itself is not
 * kept, and without the key the short IPv4 space cannot simply be hashed through to find it.
 */
final class SenderHash {

    private SenderHash() {}

    static String of(String key, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] secret = (key == null || key.isEmpty() ? "khenthuong" : key).getBytes(StandardCharsets.UTF_8);
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((address == null ? "" : address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
