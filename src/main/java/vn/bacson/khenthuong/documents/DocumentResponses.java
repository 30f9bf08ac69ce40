package vn.bacson.khenthuong.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated document as a download: its content type and a safe attachment file name. */
public final class DocumentResponses {

    private DocumentResponses() {}

    public static ResponseEntity<byte[]> download(byte[] bytes, DocumentFormat format, String fileName) {
        String name = VietnameseText.fileSafe(fileName) + "." + format.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    /** "pdf" or "docx" from the path; anything else is not a document this API serves (404). */
    public static DocumentFormat format(String extension) {
        for (DocumentFormat format : DocumentFormat.values()) {
            if (format.extension().equals(extension)) {
                return format;
            }
        }
        throw new vn.bacson.khenthuong.common.DomainException(vn.bacson.khenthuong.common.ErrorCode.NOT_FOUND);
    }
}
