package vn.bacson.khenthuong.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * The steps of the Bắc Sơn path as a user takes them over HTTP: a unit drafts a dossier, uploads its documents and
 * submits it; each reviewer finds the task in their list and completes it. Every step asserts that the server
 * accepted it, so a test reads as the path it walks. Nominee names are made unique, because the same person
 * proposed twice in one campaign is a DUPLICATE_NOMINATION.
 *
 * <p>The job executor is off in the ITs: {@link #runJobs} plays its part for one dossier (the decision, a
 * rejection and the withdrawal are recorded by asynchronous steps).
 */
abstract class AcceptanceSupport extends PostgresIT {

    /** The smallest file the content sniffer accepts as a PDF. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
                    + "%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** Documents every dossier needs once; a Báo cáo thành tích is needed per nominee. */
    enum Doc {
        TO_TRINH,
        BIEU_TOM_TAT,
        BIEN_BAN_HOP_XET,
        BAO_CAO_THANH_TICH
    }

    static final String SELECTION = "PARTY_BUILDING_SELECTION";
    static final String APPRAISAL = "CULTURE_SOCIAL_APPRAISAL";
    static final String COUNCIL = "COUNCIL_REVIEW";
    static final String CHAIRMAN = "CHAIRMAN_DECISION";

    static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_XA";
    static final String BANG_KHEN = "BANG_KHEN_CHU_TICH_TINH";
    static final String PROPOSE_BANG_KHEN = "PROPOSE_BANG_KHEN_CHU_TICH_TINH";

    // ---- time and campaigns ------------------------------------------------------------------------------

    static LocalDate today() {
        return EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate();
    }

    /** POST /api/campaigns as vhxh; congressDate may be null (window not fixed yet). Answers the campaign. */
    JsonNode createCampaign(LocalDate congressDate, int windowDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", unique("ACC"));
        body.put("title", "Thi đua chào mừng Đại hội Đảng bộ xã Bắc Sơn (kiểm thử nghiệm thu)");
        body.put("planNumber", "05/KH-UBND");
        body.put("launchedOn", today().minusDays(60).toString());
        body.put("congressDate", congressDate == null ? null : congressDate.toString());
        body.put("windowDays", windowDays);
        body.put("awardForms", List.of(GIAY_KHEN, BANG_KHEN));
        ApiResponse created = api("vhxh").post("/api/campaigns", body);
        assertThat(created.status()).as("create campaign: %s", created).isEqualTo(201);
        return created.json();
    }

    /** A campaign whose window is open: congress two days ago (Asia/Ho_Chi_Minh), 20 days to submit. */
    String createOpenCampaignOfMyOwn() {
        JsonNode campaign = createCampaign(today().minusDays(2), 20);
        assertThat(campaign.get("status").asText()).isEqualTo("OPEN");
        return campaign.get("id").asText();
    }

    // ---- nominees ----------------------------------------------------------------------------------------

    /** A name nobody else in the shared IT database uses. */
    static String uniqueName(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** An eligible individual proposed for the commune Giấy khen. */
    static Map<String, Object> individual(String name) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("type", "INDIVIDUAL");
        n.put("fullName", uniqueName(name));
        n.put("birthYear", 1980);
        n.put("position", "Trưởng thôn");
        n.put("gender", "MALE");
        n.put("proposedAward", GIAY_KHEN);
        n.put("achievementSummary", "Vận động nhân dân hiến đất làm đường, hoàn thành vượt chỉ tiêu kinh tế - xã hội.");
        n.put("emulationContents", List.of("KTXH", "DAI_HOI", "PHONG_TRAO", "CONG_TRINH"));
        n.put("initiative", "Mô hình tổ tự quản đường giao thông nông thôn");
        n.put("disciplineLevel", "NONE");
        n.put("disciplineDecidedOn", null);
        return n;
    }

    /** An eligible collective proposed for the commune Giấy khen. */
    static Map<String, Object> collective(String name) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("type", "COLLECTIVE");
        n.put("fullName", uniqueName(name));
        n.put("proposedAward", GIAY_KHEN);
        n.put("achievementSummary", "Tổ chức tốt phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\".");
        n.put("emulationContents", List.of("PHONG_TRAO"));
        n.put("womenShare", 80);
        n.put("memberDisciplined", false);
        return n;
    }

    static Map<String, Object> with(Map<String, Object> nominee, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(nominee);
        changed.put(field, value);
        return changed;
    }

    // ---- the unit's steps --------------------------------------------------------------------------------

    /** POST /api/dossiers as the unit user; answers the DRAFT dossier. */
    @SafeVarargs
    final JsonNode createDossier(String user, String campaignId, Map<String, Object>... nominees) {
        Map<String, Object> body = new HashMap<>();
        body.put("campaignId", campaignId);
        body.put("title", "Đề nghị khen thưởng " + uniqueName("phong trào thi đua"));
        body.put("nominees", List.of(nominees));
        ApiResponse created = api(user).post("/api/dossiers", body);
        assertThat(created.status()).as("create dossier: %s", created).isEqualTo(201);
        assertThat(created.str("status")).isEqualTo("DRAFT");
        return created.json();
    }

    ApiResponse upload(String user, String dossierId, String kind, String nomineeId, String fileName) {
        Map<String, Object> parts = new HashMap<>();
        parts.put("kind", kind);
        if (nomineeId != null) {
            parts.put("nomineeId", nomineeId);
        }
        parts.put("file", new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return api(user).postMultipart("/api/dossiers/{id}/documents", parts, dossierId);
    }

    /** Uploads every document the dossier needs, except the kinds named. Answers the ids of the uploaded ones. */
    List<String> uploadAll(String user, JsonNode dossier, Doc... except) {
        Set<Doc> skip = except.length == 0 ? EnumSet.noneOf(Doc.class) : EnumSet.copyOf(Arrays.asList(except));
        String id = dossier.get("id").asText();
        List<String> uploaded = new ArrayList<>();
        for (Doc doc : List.of(Doc.TO_TRINH, Doc.BIEU_TOM_TAT, Doc.BIEN_BAN_HOP_XET)) {
            if (!skip.contains(doc)) {
                uploaded.add(
                        uploaded(upload(user, id, doc.name(), null, doc.name().toLowerCase() + ".pdf")));
            }
        }
        if (!skip.contains(Doc.BAO_CAO_THANH_TICH)) {
            for (JsonNode nominee : dossier.get("nominees")) {
                uploaded.add(uploaded(upload(
                        user,
                        id,
                        Doc.BAO_CAO_THANH_TICH.name(),
                        nominee.get("id").asText(),
                        "bao-cao-thanh-tich.pdf")));
            }
        }
        return uploaded;
    }

    private static String uploaded(ApiResponse response) {
        assertThat(response.status()).as("upload: %s", response).isEqualTo(201);
        return response.str("id");
    }

    ApiResponse submit(String user, String dossierId) {
        return api(user).post("/api/dossiers/{id}/submit", null, dossierId);
    }

    ApiResponse submit(String user, String dossierId, String idempotencyKey) {
        return api(user)
                .send(
                        HttpMethod.POST,
                        "/api/dossiers/{id}/submit",
                        MediaType.APPLICATION_JSON,
                        null,
                        h -> h.add("Idempotency-Key", idempotencyKey),
                        dossierId);
    }

    /** Submit that the server accepts (200); answers the dossier as the submit answered it. */
    JsonNode submitted(String user, String dossierId) {
        ApiResponse response = submit(user, dossierId);
        assertThat(response.status()).as("submit: %s", response).isEqualTo(200);
        return response.json();
    }

    /** A complete dossier of the unit, submitted, in review at the party-building selection. Answers its id. */
    @SafeVarargs
    final String submittedDossier(String user, String campaignId, Map<String, Object>... nominees) {
        JsonNode dossier = createDossier(user, campaignId, nominees);
        uploadAll(user, dossier);
        String id = dossier.get("id").asText();
        JsonNode answer = submitted(user, id);
        assertThat(answer.get("status").asText()).as("submit answer %s", answer).isEqualTo("IN_REVIEW");
        assertThat(answer.get("stage").asText()).isEqualTo(SELECTION);
        return id;
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /** GET /api/dossiers/{id} as the given user, which must see it. */
    JsonNode dossier(String user, String id) {
        ApiResponse response = api(user).get("/api/dossiers/{id}", id);
        assertThat(response.status()).as("get dossier: %s", response).isEqualTo(200);
        return response.json();
    }

    JsonNode dossier(String id) {
        return dossier("vhxh", id);
    }

    static String status(JsonNode dossier) {
        return dossier.get("status").asText();
    }

    static String stage(JsonNode dossier) {
        JsonNode stage = dossier.get("stage");
        return stage == null || stage.isNull() ? null : stage.asText();
    }

    /** The nominee of the dossier with this id. */
    static JsonNode nominee(JsonNode dossier, String nomineeId) {
        return StreamSupport.stream(dossier.get("nominees").spliterator(), false)
                .filter(n -> n.get("id").asText().equals(nomineeId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no nominee " + nomineeId + " in " + dossier));
    }

    static String nomineeId(JsonNode dossier, int index) {
        return dossier.at("/nominees/" + index + "/id").asText();
    }

    /** Ids of the nominees still in the running: eligible and not yet turned down. */
    static List<String> inRunning(JsonNode dossier) {
        return StreamSupport.stream(dossier.get("nominees").spliterator(), false)
                .filter(n -> "ELIGIBLE".equals(n.get("eligibility").asText()))
                .filter(n -> "PENDING".equals(n.get("outcome").asText()))
                .map(n -> n.get("id").asText())
                .toList();
    }

    /** The history as "ACTION by actor" lines, oldest first. */
    static List<String> historyLines(JsonNode dossier) {
        return StreamSupport.stream(dossier.get("history").spliterator(), false)
                .map(h -> h.get("action").asText() + " by " + h.get("actor").asText())
                .toList();
    }

    /** The latest history entry with this action. */
    static JsonNode last(JsonNode dossier, String action) {
        return StreamSupport.stream(dossier.get("history").spliterator(), false)
                .filter(h -> h.get("action").asText().equals(action))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + action + " in the history: " + historyLines(dossier)));
    }

    /** The texts of a JSON array, e.g. a nominee's reasons. */
    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    static List<String> historyActions(JsonNode dossier) {
        return dossier.get("history").findValuesAsText("action");
    }

    // ---- tasks -------------------------------------------------------------------------------------------

    /** The caller's open tasks of a campaign (one page of 200). */
    List<JsonNode> tasks(String user, String campaignId, String query) {
        ApiResponse response = api(user).get("/api/tasks?campaignId={c}&size=200" + query, campaignId);
        assertThat(response.status()).as("task list: %s", response).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(items::add);
        return items;
    }

    /** The caller's open tasks of this dossier. */
    List<JsonNode> tasksOf(String user, String campaignId, String dossierId) {
        return tasks(user, campaignId, "").stream()
                .filter(t -> dossierId.equals(t.get("dossierId").asText()))
                .toList();
    }

    /** The one open task of the dossier at this stage in the caller's list. */
    JsonNode task(String user, String campaignId, String dossierId, String stage) {
        List<JsonNode> found = tasksOf(user, campaignId, dossierId).stream()
                .filter(t -> stage.equals(t.get("stage").asText()))
                .toList();
        assertThat(found)
                .as("%s's %s task of dossier %s", user, stage, dossierId)
                .hasSize(1);
        return found.get(0);
    }

    String taskId(String user, String campaignId, String dossierId, String stage) {
        return task(user, campaignId, dossierId, stage).get("id").asText();
    }

    ApiResponse complete(String user, String taskId, Object payload) {
        return api(user).post("/api/tasks/{id}/complete", payload, taskId);
    }

    void completed(String user, String taskId, Object payload) {
        ApiResponse response = complete(user, taskId, payload);
        assertThat(response.status())
                .as("%s completes %s: %s", user, taskId, response)
                .isEqualTo(200);
    }

    // ---- stage payloads ----------------------------------------------------------------------------------

    static Map<String, Object> selection(String outcome, String comment, List<String> nomineeIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("comment", comment);
        body.put(
                "nominees",
                nomineeIds.stream()
                        .map(id -> Map.of("nomineeId", id, "selected", true))
                        .toList());
        return body;
    }

    static Map<String, Object> appraisal(String outcome, String comment, Map<String, String> recommended) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("comment", comment);
        body.put(
                "nominees",
                recommended.entrySet().stream()
                        .map(e -> Map.of(
                                "nomineeId",
                                e.getKey(),
                                "appraisal",
                                "DAT",
                                "recommendedAward",
                                e.getValue(),
                                "note",
                                "Thành tích tiêu biểu, hồ sơ đầy đủ."))
                        .toList());
        return body;
    }

    static Map<String, Object> council(List<String> nomineeIds, int votesFor) {
        Map<String, Object> body = new HashMap<>();
        body.put("meetingDate", today().toString());
        body.put("membersTotal", 9);
        body.put("membersPresent", 7);
        body.put("comment", "Hội đồng Thi đua - Khen thưởng xã họp xét.");
        body.put(
                "nominees",
                nomineeIds.stream()
                        .map(id -> Map.of("nomineeId", id, "votesFor", votesFor))
                        .toList());
        return body;
    }

    static Map<String, Object> chairman(Map<String, String> awards) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", "DECIDE");
        body.put("comment", "Đồng ý khen thưởng.");
        body.put(
                "nominees",
                awards.entrySet().stream()
                        .map(e -> Map.of("nomineeId", e.getKey(), "award", e.getValue()))
                        .toList());
        return body;
    }

    static Map<String, String> each(List<String> nomineeIds, String value) {
        Map<String, String> map = new LinkedHashMap<>();
        nomineeIds.forEach(id -> map.put(id, value));
        return map;
    }

    // ---- the reviewers' steps ----------------------------------------------------------------------------

    /** bxdd selects every nominee in the running and forwards. */
    void forwardSelection(String campaignId, String dossierId) {
        completed(
                "bxdd",
                taskId("bxdd", campaignId, dossierId, SELECTION),
                selection("FORWARD", "Ban Xây dựng Đảng thống nhất đề nghị.", inRunning(dossier(dossierId))));
        assertThat(stage(dossier(dossierId))).isEqualTo(APPRAISAL);
    }

    /** vhxh appraises every nominee in the running DAT, recommending the award the unit proposed, and forwards. */
    void forwardAppraisal(String campaignId, String dossierId) {
        completed("vhxh", taskId("vhxh", campaignId, dossierId, APPRAISAL), appraisalPayload(dossierId));
        assertThat(stage(dossier(dossierId))).isEqualTo(COUNCIL);
    }

    Map<String, Object> appraisalPayload(String dossierId) {
        JsonNode dossier = dossier(dossierId);
        Map<String, String> recommended = new LinkedHashMap<>();
        for (String id : inRunning(dossier)) {
            recommended.put(id, nominee(dossier, id).get("proposedAward").asText());
        }
        return appraisal("FORWARD", "Hồ sơ đủ điều kiện trình Hội đồng.", recommended);
    }

    /** hoidong meets (7 of 9 present) and every nominee in the running gets 6 votes for: all pass. */
    void councilPasses(String campaignId, String dossierId) {
        completed(
                "hoidong",
                taskId("hoidong", campaignId, dossierId, COUNCIL),
                council(inRunning(dossier(dossierId)), 6));
        assertThat(stage(dossier(dossierId))).isEqualTo(CHAIRMAN);
    }

    /** The dossier goes from the party-building selection to the chairman's desk. */
    void bringToChairman(String campaignId, String dossierId) {
        forwardSelection(campaignId, dossierId);
        forwardAppraisal(campaignId, dossierId);
        councilPasses(campaignId, dossierId);
    }

    /** chutich decides the same award for every nominee in the running; the asynchronous steps then run. */
    void chairmanDecides(String campaignId, String dossierId, String award) {
        completed(
                "chutich",
                taskId("chutich", campaignId, dossierId, CHAIRMAN),
                chairman(each(inRunning(dossier(dossierId)), award)));
        runJobs(dossierId);
    }

    /** Plays the job executor for this dossier's process. */
    int runJobs(String dossierId) {
        return engine().runDueJobs(dossierId);
    }
}
