package vn.bacson.khenthuong.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.identity.CurrentUser;

@Tag(name = "Theo dõi phong trào", description = "Monitoring: the office lead's campaign dashboard, reminders, exports")
@RestController
@RequestMapping("/api/monitoring")
class MonitoringController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MonitoringService monitoring;
    private final MonitoringExports exports;
    private final CampaignService campaigns;
    private final ProvinceDashboard province;

    MonitoringController(
            MonitoringService monitoring,
            MonitoringExports exports,
            CampaignService campaigns,
            ProvinceDashboard province) {
        this.monitoring = monitoring;
        this.exports = exports;
        this.campaigns = campaigns;
        this.province = province;
    }

    @Operation(
            summary = "Bảng theo dõi toàn tỉnh (every commune in one line)",
            description = "province-home-affairs, province-council, province-chairman, system-admin; others 403. Per "
                    + "commune: campaigns (all, open today), dossiers by status, units not submitted in the open "
                    + "campaigns, open and overdue tasks of the commune dossiers, the commune's proposals at the "
                    + "province by stage and those returned, and of each those overdue (proposalsOverdueByStage, "
                    + "proposalsReturnedOverdue: past the stage's due date, or not sent again by the resend date); "
                    + "'total' sums every commune.")
    @GetMapping(path = "/province", produces = MediaType.APPLICATION_JSON_VALUE)
    ProvinceOverview provinceOverview(CurrentUser user) {
        return province.overview(user);
    }

    @Operation(summary = "Xuất bảng theo dõi toàn tỉnh (XLSX, Vietnamese headers)")
    @GetMapping("/province/export.xlsx")
    void provinceXlsx(CurrentUser user, HttpServletResponse response) throws IOException {
        ProvinceOverview overview = province.overview(user);
        provinceDownload(response, true);
        province.xlsx(overview, response.getOutputStream());
        response.flushBuffer();
    }

    @Operation(summary = "Xuất bảng theo dõi toàn tỉnh (CSV, UTF-8 with BOM)")
    @GetMapping("/province/export.csv")
    void provinceCsv(CurrentUser user, HttpServletResponse response) throws IOException {
        ProvinceOverview overview = province.overview(user);
        provinceDownload(response, false);
        province.csv(overview, response.getOutputStream());
        response.flushBuffer();
    }

    private static void provinceDownload(HttpServletResponse response, boolean xlsx) {
        response.setContentType((xlsx ? XLSX : CSV).toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("toan-tinh" + (xlsx ? ".xlsx" : ".csv"))
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Operation(
            summary = "Bảng theo dõi phong trào (campaign dashboard figures)",
            description = "office-lead, chairman, culture-social (and camunda-admin); others 403. daysLeft/hoursLeft "
                    + "are null unless the window is open. Submitted = sent at least once and not withdrawn; "
                    + "nominees counts those of submitted dossiers; awarded = Giấy khen or Bằng khen received; "
                    + "stageDurations from the engine history of completed tasks; incidents = failed jobs of the "
                    + "campaign's processes + FAILED e-mails of the campaign.")
    @GetMapping(path = "/campaigns/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    CampaignMonitor campaign(@PathVariable UUID id, CurrentUser user) {
        return monitoring.monitor(id, user);
    }

    @Operation(
            summary = "Gửi nhắc nộp hồ sơ cho một đơn vị (queue a SUBMISSION_REMINDER e-mail)",
            description = "Only for a unit without a submitted dossier while the window is open (else 409). "
                    + "201 when an e-mail was queued; 200 with recorded=false when the same reminder was queued in the "
                    + "last 10 minutes (a double click sends one e-mail).")
    @PostMapping(path = "/campaigns/{id}/units/{unitCode}/reminders", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MonitoringService.Reminder> remind(
            @PathVariable UUID id, @PathVariable String unitCode, CurrentUser user) {
        MonitoringService.Reminder reminder = monitoring.remind(id, unitCode, user);
        return ResponseEntity.status(reminder.recorded() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(reminder);
    }

    @Operation(summary = "Chạy lại một bước bị lỗi (camunda-admin): one more attempt of a failed job, due now")
    @PostMapping("/jobs/{jobId}/retry")
    ResponseEntity<Void> retryJob(@PathVariable String jobId, CurrentUser user) {
        monitoring.retryJob(jobId, user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Gửi lại một thư bị lỗi (camunda-admin): a FAILED e-mail back to PENDING, due now")
    @PostMapping("/mails/{id}/retry")
    ResponseEntity<Void> retryMail(@PathVariable UUID id, CurrentUser user) {
        monitoring.retryMail(id, user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Xuất danh sách hồ sơ và đối tượng đề nghị (XLSX, Vietnamese headers)")
    @GetMapping("/campaigns/{id}/export/dossiers.xlsx")
    void dossiersXlsx(@PathVariable UUID id, CurrentUser user, HttpServletResponse response) throws IOException {
        export(id, user, MonitoringExports.Kind.DOSSIERS, true, response);
    }

    @Operation(summary = "Xuất danh sách hồ sơ và đối tượng đề nghị (CSV, UTF-8 with BOM)")
    @GetMapping("/campaigns/{id}/export/dossiers.csv")
    void dossiersCsv(@PathVariable UUID id, CurrentUser user, HttpServletResponse response) throws IOException {
        export(id, user, MonitoringExports.Kind.DOSSIERS, false, response);
    }

    @Operation(summary = "Xuất danh sách được khen thưởng theo quyết định (XLSX)")
    @GetMapping("/campaigns/{id}/export/awardees.xlsx")
    void awardeesXlsx(@PathVariable UUID id, CurrentUser user, HttpServletResponse response) throws IOException {
        export(id, user, MonitoringExports.Kind.AWARDEES, true, response);
    }

    @Operation(summary = "Xuất danh sách được khen thưởng theo quyết định (CSV, UTF-8 with BOM)")
    @GetMapping("/campaigns/{id}/export/awardees.csv")
    void awardeesCsv(@PathVariable UUID id, CurrentUser user, HttpServletResponse response) throws IOException {
        export(id, user, MonitoringExports.Kind.AWARDEES, false, response);
    }

    private void export(
            UUID id, CurrentUser user, MonitoringExports.Kind kind, boolean xlsx, HttpServletResponse response)
            throws IOException {
        MonitoringService.requireMonitor(user);
        String code = campaigns.get(id).code();
        String base = (kind == MonitoringExports.Kind.DOSSIERS ? "ho-so-" : "khen-thuong-") + code;
        String fileName = base.replaceAll("[^A-Za-z0-9._-]", "_") + (xlsx ? ".xlsx" : ".csv");
        response.setContentType((xlsx ? XLSX : CSV).toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (xlsx) {
            exports.xlsx(kind, id, response.getOutputStream());
        } else {
            exports.csv(kind, id, response.getOutputStream());
        }
        response.flushBuffer();
    }
}
