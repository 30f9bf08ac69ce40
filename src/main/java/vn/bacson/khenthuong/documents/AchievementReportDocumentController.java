package vn.bacson.khenthuong.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.dossier.AchievementReportService;
import vn.bacson.khenthuong.identity.CurrentUser;

/** The PDF and DOCX of a Báo cáo thành tích filled in on the system, for whoever may see the dossier. */
@RestController
@Tag(name = "Documents", description = "Official documents drawn up from the recorded data")
class AchievementReportDocumentController {

    private final AchievementReportService reports;
    private final AchievementReportDocuments documents;

    AchievementReportDocumentController(AchievementReportService reports, AchievementReportDocuments documents) {
        this.reports = reports;
        this.documents = documents;
    }

    @GetMapping("/api/dossiers/{id}/nominees/{nomineeId}/achievement-report.{extension}")
    @Operation(
            summary = "Báo cáo thành tích filled in on the system, as achievement-report.pdf or .docx (anyone who "
                    + "may see the dossier)",
            description = "Drawn up with the template set of the dossier's campaign (ND152-2025 or ND98-2023 mẫu 08).")
    ResponseEntity<byte[]> download(
            @PathVariable UUID id, @PathVariable UUID nomineeId, @PathVariable String extension, CurrentUser user) {
        DocumentFormat format = DocumentResponses.format(extension);
        OfficialDocument document = documents.document(reports.printable(id, nomineeId, user));
        return DocumentResponses.download(documents.render(document, format), format, document.fileName());
    }
}
