package vn.bacson.khenthuong.documents;

import org.springframework.http.MediaType;

/** The two forms of every official document: PDF to read and sign, DOCX for the clerk's final edits. */
public enum DocumentFormat {
    PDF("pdf", MediaType.APPLICATION_PDF_VALUE),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String extension;
    private final String contentType;

    DocumentFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
