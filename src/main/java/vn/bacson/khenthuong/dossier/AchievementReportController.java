package vn.bacson.khenthuong.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.identity.CurrentUser;

/** The achievement report filled in on the system (JSON); its PDF and DOCX are served by the documents. */
@Tag(name = "Hồ sơ đề nghị khen thưởng", description = "Dossiers, their nominees and documents")
@RestController
@RequestMapping(
        path = "/api/dossiers/{id}/nominees/{nomineeId}/achievement-report",
        produces = MediaType.APPLICATION_JSON_VALUE)
class AchievementReportController {

    private final AchievementReportService reports;

    AchievementReportController(AchievementReportService reports) {
        this.reports = reports;
    }

    @Operation(
            summary = "Báo cáo thành tích lập trên hệ thống (the nominee's structured achievement report)",
            description = "404 ACHIEVEMENT_REPORT_NOT_FOUND while the unit has not written one.")
    @GetMapping
    AchievementReportView get(@PathVariable UUID id, @PathVariable UUID nomineeId, CurrentUser user) {
        return reports.view(id, nomineeId, user);
    }

    @Operation(
            summary = "Lập / sửa báo cáo thành tích (the whole report; the owning unit, while the dossier is editable)",
            description = "201 when created, 200 when replaced. Once filled (section I, a result in section II, an "
                    + "initiative or a concrete deed) the nominee needs no uploaded BAO_CAO_THANH_TICH.")
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AchievementReportView> put(
            @PathVariable UUID id,
            @PathVariable UUID nomineeId,
            @RequestBody(required = false) AchievementReportRequest request,
            CurrentUser user) {
        AchievementReportService.Saved saved = reports.save(id, nomineeId, request, user);
        if (saved.created()) {
            return ResponseEntity.created(URI.create(AchievementReportView.path(id, nomineeId)))
                    .body(saved.view());
        }
        return ResponseEntity.ok(saved.view());
    }

    @Operation(summary = "Xóa báo cáo thành tích lập trên hệ thống (back to uploading a file; while editable)")
    @DeleteMapping
    ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID nomineeId, CurrentUser user) {
        reports.delete(id, nomineeId, user);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
