package vn.bacson.khenthuong.dossier;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Decides a document's type from its bytes alone; the file name a client sends is never trusted.
 * Tika's magic detection (tika-core, without the parser modules) names the container; Word files are then
 * confirmed inside it: a DOCX is a ZIP whose central directory lists word/document.xml (macro-enabled ones,
 * with word/vbaProject.bin, are refused), a DOC an OLE2 file with a WordDocument stream.
 */
final class ContentSniffer {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    /** The file extensions that fit each accepted type; the first one is appended to a name that fits none. */
    static final Map<String, List<String>> EXTENSIONS = Map.of(
            PDF, List.of("pdf"),
            DOCX, List.of("docx"),
            DOC, List.of("doc"),
            JPEG, List.of("jpg", "jpeg"),
            PNG, List.of("png"));

    private static final int ZIP_EOCD = 0x06054b50;
    private static final int ZIP_CENTRAL_ENTRY = 0x02014b50;
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final byte[] OLE2_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] WORD_DOCUMENT_UTF16 = "WordDocument".getBytes(StandardCharsets.UTF_16LE);

    private final Tika tika = new Tika();

    /** The accepted content type of these bytes, or empty when they are not a PDF, DOCX, DOC, JPEG or PNG. */
    Optional<String> detect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        String detected = tika.detect(bytes);
        return switch (detected) {
            case PDF, JPEG, PNG -> Optional.of(detected);
            case "application/zip", "application/x-tika-ooxml", DOCX ->
                isWordOoxml(bytes) ? Optional.of(DOCX) : Optional.empty();
            case "application/x-tika-msoffice", DOC -> isWordOle2(bytes) ? Optional.of(DOC) : Optional.empty();
            default -> Optional.empty();
        };
    }

    static boolean isWordOoxml(byte[] bytes) {
        Set<String> names = zipEntryNames(bytes);
        return names.contains("[Content_Types].xml")
                && names.contains("word/document.xml")
                && !names.contains("word/vbaProject.bin");
    }

    /**
     * Names listed in the ZIP central directory, read without inflating anything (so a ZIP bomb costs nothing);
     * empty when the central directory cannot be found or is inconsistent.
     */
    static Set<String> zipEntryNames(byte[] b) {
        int eocd = -1;
        for (int p = b.length - 22; p >= 0 && p >= b.length - 22 - 0xFFFF; p--) {
            if (u32(b, p) == ZIP_EOCD) {
                eocd = p;
                break;
            }
        }
        if (eocd < 0) {
            return Set.of();
        }
        int entries = u16(b, eocd + 10);
        long directoryOffset = u32(b, eocd + 16) & 0xFFFFFFFFL;
        if (entries > MAX_ZIP_ENTRIES || directoryOffset >= eocd) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        int p = (int) directoryOffset;
        for (int i = 0; i < entries; i++) {
            if (p + 46 > eocd || u32(b, p) != ZIP_CENTRAL_ENTRY) {
                return Set.of();
            }
            int nameLength = u16(b, p + 28);
            int extraLength = u16(b, p + 30);
            int commentLength = u16(b, p + 32);
            if (p + 46 + nameLength > eocd) {
                return Set.of();
            }
            names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /**
     * An OLE2 compound file carrying a "WordDocument" stream: a 128-byte directory entry whose name is
     * WordDocument (UTF-16LE, length 26 with the terminator) and whose type is 2 (stream).
     */
    static boolean isWordOle2(byte[] b) {
        if (!startsWith(b, OLE2_MAGIC)) {
            return false;
        }
        for (int p = 512; p + 128 <= b.length; p += 128) {
            if (regionMatches(b, p, WORD_DOCUMENT_UTF16)
                    && u16(b, p + 0x40) == WORD_DOCUMENT_UTF16.length + 2
                    && b[p + 0x42] == 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && regionMatches(b, 0, prefix);
    }

    private static boolean regionMatches(byte[] b, int offset, byte[] expected) {
        if (offset + expected.length > b.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (b[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static int u32(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }
}
