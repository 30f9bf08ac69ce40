package vn.bacson.khenthuong.dossier;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A Content-Disposition header that is safe for any stored file name: an ASCII fallback {@code filename="..."}
 * (diacritics folded, quotes, backslashes and control characters replaced) and the exact name as RFC 5987/6266
 * {@code filename*=UTF-8''...} in percent-encoding, so nothing a client wrote can end the header or add one.
 */
final class ContentDispositions {

    private static final String FALLBACK_NAME = "tai-lieu";

    private ContentDispositions() {}

    static String attachment(String fileName) {
        String name = FileNames.clean(fileName);
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** "Báo cáo thành tích.pdf" → "Bao cao thanh tich.pdf"; anything not plainly printable becomes '_'. */
    static String asciiFallback(String name) {
        String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean plain = c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' && c != ';';
            out.append(plain ? c : '_');
        }
        String result = out.toString().strip();
        return result.isEmpty() ? FALLBACK_NAME : result;
    }

    /** Percent-encodes every byte of the UTF-8 name except RFC 5987 attr-chars. */
    static String rfc5987(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
