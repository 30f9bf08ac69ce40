package vn.bacson.khenthuong.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.Browser;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * The dashboard's figures against a data set whose every number is known: one campaign of our own, six units
 * (one without a dossier, one with only a withdrawn dossier), dossiers in DRAFT, IN_REVIEW at two stages,
 * AMENDMENT_REQUESTED, REJECTED, DECIDED and WITHDRAWN, completed tasks whose durations are set by moving the
 * engine clock, and overdue tasks made by moving it past their due dates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringIT extends PostgresIT {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private TaskService taskService;

    @Autowired
    private ManagementService managementService;

    @Autowired
    private AuthorizationService authorizationService;

    private String campaignId;
    private Instant t0;
    private String draft;
    private String atSelection;
    private String atAppraisal;
    private String decided;
    private String amendment;
    private String rejected;
    private String withdrawn;
    private final List<String> names = new ArrayList<>();
    /** The engine time at which the selection and amendment tasks are overdue, the appraisal not yet. */
    private Instant overdueAt;

    @BeforeAll
    void buildTheDataSet() {
        t0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        EngineTestSupport.setNow(t0);
        campaignId = createOpenCampaign();
        MonitoringFixture f = new MonitoringFixture(this::api, campaignId);

        draft = f.draft("thon1", "Hồ sơ nháp Thôn 1", named("Nháp"));
        atSelection = f.inReview("thon2", "Hồ sơ Thôn 2 chờ lựa chọn", named("Chờ lựa chọn"));
        atAppraisal = f.inReview("pkt", "Hồ sơ Phòng Kinh tế chờ thẩm định", named("Chờ thẩm định"));
        decided = f.inReview("thon1", "Hồ sơ Thôn 1 đã quyết định", named("Được khen một"), named("Được khen hai"));
        amendment = f.incomplete("thon2", "Hồ sơ Thôn 2 thiếu tài liệu", named("Thiếu tài liệu"));
        rejected = f.disciplined(
                "pkt",
                "Hồ sơ Phòng Kinh tế bị kỷ luật",
                named("Bị khiển trách"),
                LocalDate.ofInstant(t0, BUSINESS_ZONE).minusMonths(1).toString());
        engine().runDueJobs(rejected);
        withdrawn = f.inReview("bxdd", "Hồ sơ Ban Xây dựng Đảng đã rút", named("Đã rút"));
        f.withdraw("bxdd", withdrawn);
        engine().runDueJobs(withdrawn);

        // stage durations: selection 2 h and 4 h, appraisal 6 h, council 2 h, chairman 1 h
        EngineTestSupport.setNow(t0.plus(Duration.ofHours(2)));
        f.forwardSelection(atAppraisal);
        EngineTestSupport.setNow(t0.plus(Duration.ofHours(4)));
        f.forwardSelection(decided);
        EngineTestSupport.setNow(t0.plus(Duration.ofHours(10)));
        f.forwardAppraisal(decided);
        EngineTestSupport.setNow(t0.plus(Duration.ofHours(12)));
        f.councilPasses(decided, LocalDate.ofInstant(t0, BUSINESS_ZONE).toString());
        EngineTestSupport.setNow(t0.plus(Duration.ofHours(13)));
        f.chairmanDecides(decided);
        engine().runDueJobs(decided);
        f.claim("vhxh", atAppraisal, "CULTURE_SOCIAL_APPRAISAL");

        assertThat(f.dossier(draft).get("status").asText()).isEqualTo("DRAFT");
        assertThat(f.dossier(decided).get("status").asText()).isEqualTo("DECIDED");
        assertThat(f.dossier(rejected).get("status").asText()).isEqualTo("REJECTED");
        assertThat(f.dossier(withdrawn).get("status").asText()).isEqualTo("WITHDRAWN");

        Instant selectionDue = due(atSelection);
        Instant amendmentDue = due(amendment);
        overdueAt = (selectionDue.isAfter(amendmentDue) ? selectionDue : amendmentDue).plus(Duration.ofHours(1));
        assertThat(due(atAppraisal))
                .as("the appraisal must still be in time then")
                .isAfter(overdueAt);
        EngineTestSupport.resetClock();
    }

    @AfterAll
    void resetClock() {
        EngineTestSupport.resetClock();
    }

    @Test
    @Order(1)
    void theFiguresMatchTheDataSet() {
        EngineTestSupport.setNow(overdueAt);
        ApiResponse response = api("truongphong").get("/api/monitoring/campaigns/{id}", campaignId);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode m = response.json();

        assertThat(m.at("/campaign/id").asText()).isEqualTo(campaignId);
        assertThat(m.at("/campaign/code").asText()).startsWith("IT-");

        JsonNode byStatus = m.get("dossiersByStatus");
        assertThat(byStatus.get("DRAFT").asLong()).isEqualTo(1);
        assertThat(byStatus.get("IN_REVIEW").asLong()).isEqualTo(2);
        assertThat(byStatus.get("AMENDMENT_REQUESTED").asLong()).isEqualTo(1);
        assertThat(byStatus.get("DECIDED").asLong()).isEqualTo(1);
        assertThat(byStatus.get("REJECTED").asLong()).isEqualTo(1);
        assertThat(byStatus.get("WITHDRAWN").asLong()).isEqualTo(1);
        assertThat(byStatus.get("SUBMITTED").asLong()).isZero();
        assertThat(byStatus.get("PROVINCE_PENDING").asLong()).isZero();

        assertThat(m.at("/dossiersByStage/PARTY_BUILDING_SELECTION").asLong()).isEqualTo(1);
        assertThat(m.at("/dossiersByStage/CULTURE_SOCIAL_APPRAISAL").asLong()).isEqualTo(1);
        assertThat(m.at("/dossiersByStage/AMENDMENT").asLong()).isEqualTo(1);
        assertThat(m.at("/dossiersByStage/COUNCIL_REVIEW").asLong()).isZero();

        assertThat(m.at("/tasksByStage/PARTY_BUILDING_SELECTION/open").asLong()).isEqualTo(1);
        assertThat(m.at("/tasksByStage/PARTY_BUILDING_SELECTION/overdue").asLong())
                .isEqualTo(1);
        assertThat(m.at("/tasksByStage/AMENDMENT/open").asLong()).isEqualTo(1);
        assertThat(m.at("/tasksByStage/AMENDMENT/overdue").asLong()).isEqualTo(1);
        assertThat(m.at("/tasksByStage/CULTURE_SOCIAL_APPRAISAL/open").asLong()).isEqualTo(1);
        assertThat(m.at("/tasksByStage/CULTURE_SOCIAL_APPRAISAL/overdue").asLong())
                .isZero();
        assertThat(m.at("/tasksByStage/COUNCIL_REVIEW/open").asLong()).isZero();
        assertThat(m.at("/tasksByStage/CHAIRMAN_DECISION/open").asLong()).isZero();

        List<String> byAssignee = new ArrayList<>();
        m.get("tasksByAssignee")
                .forEach(a -> byAssignee.add(a.get("stage").asText() + " "
                        + (a.get("assignee").isNull()
                                ? "-"
                                : a.get("assignee").asText() + " "
                                        + a.get("assigneeName").asText())
                        + " " + a.get("open").asLong() + "/" + a.get("overdue").asLong()));
        assertThat(byAssignee)
                .containsExactlyInAnyOrder(
                        "PARTY_BUILDING_SELECTION - 1/1",
                        "CULTURE_SOCIAL_APPRAISAL vhxh Hoàng Thị Mai 1/0",
                        "AMENDMENT - 1/1");

        Map<String, JsonNode> units = new TreeMap<>();
        m.get("units").forEach(u -> units.put(u.get("code").asText(), u));
        assertThat(units).doesNotContainKey("thon-9");
        assertUnit(units.get("thon-1"), 2, true, "DECIDED", t0);
        // Thôn 2 has a dossier back for amendment: the dashboard says the unit has work to do (issue 12)
        assertUnit(units.get("thon-2"), 2, true, "AMENDMENT_REQUESTED", t0);
        assertUnit(units.get("phong-kinh-te"), 2, true, "SUBMITTED", t0);
        assertUnit(units.get("ban-xdd"), 1, false, "NO_DOSSIER", null);
        assertUnit(units.get("phong-vhxh"), 0, false, "NO_DOSSIER", null);

        // proposed = nominees of submitted dossiers: 1 + 1 + 2 + 1 + 1 (the draft and the withdrawn one do not count)
        assertThat(m.at("/nominees/total").asLong()).isEqualTo(6);
        assertThat(m.at("/nominees/eligible").asLong())
                .isEqualTo(countEligible(atSelection, atAppraisal, decided, amendment, rejected))
                .isEqualTo(4);
        assertThat(m.at("/nominees/awarded").asLong()).isEqualTo(2);
        assertThat(m.at("/nominees/ineligible").asLong()).isEqualTo(1);
        assertThat(m.at("/reasons/DISCIPLINED").asLong()).isEqualTo(1);
        assertThat(m.at("/reasons/MEMBER_DISCIPLINED").asLong()).isZero();
        assertThat(m.at("/reasons/DUPLICATE_NOMINATION").asLong()).isZero();

        // the engine's history: selection 2 h and 4 h -> median 3, p90 2 + 0.9 * 2 = 3.8
        assertThat(m.at("/stageDurations/PARTY_BUILDING_SELECTION/completed").asLong())
                .isEqualTo(2);
        assertThat(m.at("/stageDurations/PARTY_BUILDING_SELECTION/medianHours").asDouble())
                .isCloseTo(3.0, within(0.05));
        assertThat(m.at("/stageDurations/PARTY_BUILDING_SELECTION/p90Hours").asDouble())
                .isCloseTo(3.8, within(0.05));
        assertThat(m.at("/stageDurations/CULTURE_SOCIAL_APPRAISAL/medianHours").asDouble())
                .isCloseTo(6.0, within(0.05));
        assertThat(m.at("/stageDurations/COUNCIL_REVIEW/medianHours").asDouble())
                .isCloseTo(2.0, within(0.05));
        assertThat(m.at("/stageDurations/CHAIRMAN_DECISION/p90Hours").asDouble())
                .isCloseTo(1.0, within(0.05));
        assertThat(m.at("/stageDurations/CHAIRMAN_DECISION/completedLate").asLong())
                .isZero();
        assertThat(m.at("/stageDurations/CULTURE_SOCIAL_APPRAISAL/deadlineWorkingDays")
                        .asInt())
                .isEqualTo(20);
        assertThat(m.at("/stageDurations/AMENDMENT/medianHours").isNull()).isTrue();

        // six dossiers were sent, all at t0; two finished: rejected at t0, decided at t0 + 13 h
        LocalDate day0 = LocalDate.ofInstant(t0, BUSINESS_ZONE);
        assertThat(m.get("submissionsPerDay")).hasSize(1);
        assertThat(m.at("/submissionsPerDay/0/date").asText()).isEqualTo(day0.toString());
        assertThat(m.at("/submissionsPerDay/0/count").asLong()).isEqualTo(6);
        Map<String, Long> finished = new TreeMap<>();
        finished.merge(day0.toString(), 1L, Long::sum);
        finished.merge(
                LocalDate.ofInstant(t0.plus(Duration.ofHours(13)), BUSINESS_ZONE)
                        .toString(),
                1L,
                Long::sum);
        Map<String, Long> finishedActual = new TreeMap<>();
        m.get("finishedPerDay")
                .forEach(d -> finishedActual.put(
                        d.get("date").asText(), d.get("count").asLong()));
        assertThat(finishedActual).isEqualTo(finished);

        assertThat(m.get("incidents").asInt()).isZero();
        assertThat(m.get("daysLeft").asLong())
                .isEqualTo(m.at("/campaign/daysLeft").asLong());
        assertThat(m.get("hoursLeft").asLong()).isPositive();
    }

    @Test
    @Order(2)
    void onlyTheOfficeLeadTheChairmanCultureSocialAndTheAdminMayLook() {
        for (String allowed : List.of("truongphong", "chutich", "vhxh", "admin")) {
            assertThat(api(allowed)
                            .get("/api/monitoring/campaigns/{id}", campaignId)
                            .status())
                    .as(allowed)
                    .isEqualTo(200);
        }
        for (String refused : List.of("thon1", "hoidong", "bxdd")) {
            ApiResponse answer = api(refused).get("/api/monitoring/campaigns/{id}", campaignId);
            assertThat(answer.status()).as(refused).isEqualTo(403);
            assertThat(answer.code()).isEqualTo("FORBIDDEN");
            assertThat(api(refused)
                            .get("/api/monitoring/campaigns/{id}/export/dossiers.xlsx", campaignId)
                            .status())
                    .isEqualTo(403);
        }
        assertThat(anonymous().get("/api/monitoring/campaigns/{id}", campaignId).status())
                .isEqualTo(401);
        assertThat(api("truongphong")
                        .get("/api/monitoring/campaigns/{id}", UUID.randomUUID())
                        .code())
                .isEqualTo("CAMPAIGN_NOT_FOUND");
    }

    @Test
    @Order(3)
    void theDossierExportOpensInExcelWithVietnameseHeadersAndOneRowPerNominee() throws Exception {
        ApiResponse xlsx = api("truongphong").get("/api/monitoring/campaigns/{id}/export/dossiers.xlsx", campaignId);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType().toString()).contains("spreadsheetml");
        assertThat(xlsx.headers().getContentDisposition().getFilename()).endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Hồ sơ và đối tượng");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Đơn vị đề nghị");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Họ và tên / Tên tập thể");
            assertThat(((XSSFCell) header.getCell(7)).getCellStyle().getFont().getBold())
                    .isTrue();
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0));
            List<String> nominees = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                nominees.add(sheet.getRow(r).getCell(7).getStringCellValue());
            }
            assertThat(nominees).containsExactlyInAnyOrderElementsOf(names);
            Row rejectedRow = rowOf(sheet, names.get(6));
            assertThat(rejectedRow.getCell(4).getStringCellValue()).isEqualTo("Không được chấp thuận");
            assertThat(rejectedRow.getCell(12).getStringCellValue()).isEqualTo("Đang chịu kỷ luật");
            Row awardedRow = rowOf(sheet, names.get(3));
            assertThat(awardedRow.getCell(13).getStringCellValue())
                    .isEqualTo("Được tặng Giấy khen của Chủ tịch UBND xã");
        }

        ApiResponse csv = api("truongphong").get("/api/monitoring/campaigns/{id}/export/dossiers.csv", campaignId);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType().toString()).startsWith("text/csv");
        assertThat(Arrays.copyOf(csv.body(), 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith("STT,Mã hồ sơ,Đơn vị đề nghị,Trích yếu hồ sơ");
        assertThat(lines).hasSize(1 + names.size());
        for (String name : names) {
            assertThat(text).contains(name);
        }
    }

    @Test
    @Order(4)
    void theAwardeeExportListsTheAwardedNomineesWithTheirDecision() throws Exception {
        String number = new MonitoringFixture(this::api, campaignId)
                .dossier(decided)
                .at("/decision/number")
                .asText();
        assertThat(number).contains("/QĐ-UBND");
        ApiResponse xlsx = api("chutich").get("/api/monitoring/campaigns/{id}/export/awardees.xlsx", campaignId);
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Danh sách khen thưởng");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Số quyết định");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> awarded = new ArrayList<>();
            for (int r = 1; r <= 2; r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo(number);
                assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).isEqualTo("Giấy khen của Chủ tịch UBND xã");
                awarded.add(sheet.getRow(r).getCell(5).getStringCellValue());
            }
            assertThat(awarded).containsExactlyInAnyOrder(names.get(3), names.get(4));
        }
        ApiResponse csv = api("chutich").get("/api/monitoring/campaigns/{id}/export/awardees.csv", campaignId);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSTT,Số quyết định,Ngày quyết định");
        assertThat(text.lines()).hasSize(3);
    }

    @Test
    @Order(5)
    void aReminderGoesOnlyToAUnitWithoutASubmittedDossierAndOneClickIsOneMail() {
        ApiResponse first =
                api("truongphong").post("/api/monitoring/campaigns/{id}/units/phong-vhxh/reminders", null, campaignId);
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.json().get("recorded").asBoolean()).isTrue();
        ApiResponse again =
                api("truongphong").post("/api/monitoring/campaigns/{id}/units/phong-vhxh/reminders", null, campaignId);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("recorded").asBoolean()).isFalse();
        assertThat(manualReminders("phong-vhxh")).isEqualTo(1);

        ApiResponse submitted =
                api("truongphong").post("/api/monitoring/campaigns/{id}/units/thon-1/reminders", null, campaignId);
        assertThat(submitted.status()).isEqualTo(409);
        assertThat(manualReminders("thon-1")).isZero();
        assertThat(api("thon1")
                        .post("/api/monitoring/campaigns/{id}/units/ban-xdd/reminders", null, campaignId)
                        .status())
                .isEqualTo(403);

        // the dashboard's form: without the CSRF token refused, with it a reminder and back to the dashboard
        Browser browser = browser();
        browser.login("truongphong", DEMO_PASSWORD);
        String path = "/monitoring/campaigns/" + campaignId + "/units/ban-xdd/remind";
        assertThat(browser.submitForm(path, Map.of()).status()).isEqualTo(403);
        ApiResponse posted = browser.submitForm(path, Map.of("_csrf", browser.csrf()[1]));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).contains("/monitoring/campaigns/" + campaignId);
        assertThat(manualReminders("ban-xdd")).isEqualTo(1);
    }

    @Test
    @Order(6)
    void failedMailsAndFailedStepsAreIncidentsTheAdminCanRetry() {
        UUID mail = jdbc.sql("select id from notification where campaign_id = ? and dossier_id = ? order by created_at "
                        + "limit 1")
                .params(UUID.fromString(campaignId), UUID.fromString(atSelection))
                .query(UUID.class)
                .single();
        jdbc.sql("update notification set status = 'FAILED', attempts = 1, "
                        + "last_error = '550 5.1.1 Hộp thư không tồn tại' where id = ?")
                .param(mail)
                .update();
        Job timer = managementService
                .createJobQuery()
                .processInstanceId(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(atSelection)
                        .singleResult()
                        .getProcessInstanceId())
                .timers()
                .singleResult();
        managementService.setJobRetries(timer.getId(), 0);

        JsonNode m = api("truongphong")
                .get("/api/monitoring/campaigns/{id}", campaignId)
                .json();
        assertThat(m.get("incidents").asInt()).isEqualTo(2);
        JsonNode job = m.at("/incidentDetails/failedJobs/0");
        assertThat(job.get("dossierId").asText()).isEqualTo(atSelection);
        assertThat(job.get("dossierTitle").asText()).isEqualTo("Hồ sơ Thôn 2 chờ lựa chọn");
        assertThat(job.get("step").asText()).isEqualTo("Quá hạn lựa chọn");
        JsonNode failedMail = m.at("/incidentDetails/failedMails/0");
        assertThat(failedMail.get("serverReply").asText()).contains("550");
        assertThat(failedMail.get("to").asText()).endsWith("@bacson.example");

        Browser lead = browser();
        lead.login("truongphong", DEMO_PASSWORD);
        String dashboard =
                lead.http().get("/monitoring/campaigns/" + campaignId).text();
        assertThat(dashboard).contains("Quá hạn lựa chọn").contains("550 5.1.1").doesNotContain("Chạy lại bước này");

        assertThat(api("truongphong")
                        .post("/api/monitoring/mails/{id}/retry", null, mail)
                        .status())
                .isEqualTo(403);
        assertThat(api("admin")
                        .post("/api/monitoring/mails/{id}/retry", null, mail)
                        .status())
                .isEqualTo(204);
        assertThat(api("admin")
                        .post("/api/monitoring/mails/{id}/retry", null, mail)
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select status from notification where id = ?")
                        .param(mail)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
        assertThat(api("admin")
                        .post("/api/monitoring/jobs/{id}/retry", null, timer.getId())
                        .status())
                .isEqualTo(204);
        assertThat(managementService
                        .createJobQuery()
                        .jobId(timer.getId())
                        .singleResult()
                        .getRetries())
                .isEqualTo(1);
        assertThat(api("truongphong")
                        .get("/api/monitoring/campaigns/{id}", campaignId)
                        .json()
                        .get("incidents")
                        .asInt())
                .isZero();
    }

    @Test
    @Order(7)
    void theOfficeLeadHasNoCockpitAccessAndDoesNotNeedIt() {
        assertThat(authorizationService.isUserAuthorized(
                        "truongphong",
                        List.of("office-lead", "phong-vhxh"),
                        Permissions.ACCESS,
                        Resources.APPLICATION,
                        "cockpit"))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized(
                        "admin", List.of("camunda-admin"), Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
                .isTrue();
    }

    private String named(String prefix) {
        String name = MonitoringFixture.name(prefix);
        names.add(name);
        return name;
    }

    private Instant due(String dossierId) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(dossierId)
                .singleResult();
        return task.getDueDate().toInstant();
    }

    private long countEligible(String... dossierIds) {
        MonitoringFixture f = new MonitoringFixture(this::api, campaignId);
        long eligible = 0;
        for (String id : dossierIds) {
            for (JsonNode nominee : f.dossier(id).get("nominees")) {
                if ("ELIGIBLE".equals(nominee.get("eligibility").asText())) {
                    eligible++;
                }
            }
        }
        return eligible;
    }

    private long manualReminders(String unitCode) {
        return jdbc.sql("select count(*) from notification where dedupe_key like ?")
                .param("SUBMISSION_REMINDER:MANUAL:" + campaignId + ":" + unitCode + ":%")
                .query(Long.class)
                .single();
    }

    private static void assertUnit(JsonNode unit, long dossiers, boolean submitted, String status, Instant last) {
        assertThat(unit).isNotNull();
        assertThat(unit.get("dossiers").asLong()).as("%s dossiers", unit).isEqualTo(dossiers);
        assertThat(unit.get("submitted").asBoolean()).as("%s submitted", unit).isEqualTo(submitted);
        assertThat(unit.get("status").asText()).as("%s status", unit).isEqualTo(status);
        if (last == null) {
            assertThat(unit.get("lastSubmittedAt").isNull()).isTrue();
        } else {
            assertThat(java.time.OffsetDateTime.parse(
                                    unit.get("lastSubmittedAt").asText())
                            .toInstant())
                    .isEqualTo(last);
        }
    }

    private static Row rowOf(Sheet sheet, String nominee) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (nominee.equals(sheet.getRow(r).getCell(7).getStringCellValue())) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row for " + nominee);
    }
}
