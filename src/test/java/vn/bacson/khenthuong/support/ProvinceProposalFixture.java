package vn.bacson.khenthuong.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A commune's Bằng khen proposal sent to the province, as every test of the province's review needs one: a dossier in
 * review taken through the commune's four stages (the Ban Xây dựng Đảng selects every nominee, the Phòng Văn hóa - Xã
 * hội appraises each DAT and recommends the award the unit proposed, the council meets with 7 of 9 members and passes
 * each with 7 votes, the chairman decides "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen" for the Bằng khen nominees and
 * the Giấy khen for the others). The dossier then waits at PROVINCE_PENDING and its proposal at the Sở Nội vụ.
 *
 * <p>How a reviewer completes a stage is the caller's ({@link Commune}): over the HTTP API in the ITs
 * ({@link #overHttp}, and {@link #proposed}, which drafts and submits the dossier too), on the engine in a process test.
 */
public final class ProvinceProposalFixture {

    public static final String BANG_KHEN = "BANG_KHEN_CHU_TICH_TINH";
    public static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_XA";
    public static final String PROPOSE_BANG_KHEN = "PROPOSE_BANG_KHEN_CHU_TICH_TINH";

    /** The commune's reviewers, named by their Bắc Sơn demo users: bxdd, vhxh, hoidong, chutich. */
    public interface Commune {

        /** The reviewer completes the dossier's open task at this stage with this payload (the API's body). */
        void complete(String reviewer, String stage, String dossierId, Map<String, Object> payload);

        /** Plays the job executor for the dossier's process (the chairman's decision goes on asynchronously). */
        void runJobs(String dossierId);
    }

    private ProvinceProposalFixture() {}

    /**
     * Takes a dossier waiting at the party-building selection to the province.
     *
     * @param proposedAwards every nominee of the dossier (id) with the award its unit proposed, in the dossier's order
     */
    public static void sendToProvince(Commune commune, String dossierId, Map<String, String> proposedAwards) {
        LocalDate today =
                EngineTestSupport.now().atZone(PostgresIT.BUSINESS_ZONE).toLocalDate();
        commune.complete(
                "bxdd",
                "PARTY_BUILDING_SELECTION",
                dossierId,
                Map.of(
                        "outcome",
                        "FORWARD",
                        "comment",
                        "Ban Xây dựng Đảng thống nhất đề nghị.",
                        "nominees",
                        rows(proposedAwards, (id, award) -> Map.of("nomineeId", id, "selected", true))));
        commune.complete(
                "vhxh",
                "CULTURE_SOCIAL_APPRAISAL",
                dossierId,
                Map.of(
                        "outcome",
                        "FORWARD",
                        "nominees",
                        rows(
                                proposedAwards,
                                (id, award) ->
                                        Map.of("nomineeId", id, "appraisal", "DAT", "recommendedAward", award))));
        commune.complete(
                "hoidong",
                "COUNCIL_REVIEW",
                dossierId,
                Map.of(
                        "meetingDate",
                        today.toString(),
                        "membersTotal",
                        9,
                        "membersPresent",
                        7,
                        "nominees",
                        rows(proposedAwards, (id, award) -> Map.of("nomineeId", id, "votesFor", 7))));
        commune.complete(
                "chutich",
                "CHAIRMAN_DECISION",
                dossierId,
                Map.of(
                        "outcome",
                        "DECIDE",
                        "nominees",
                        rows(
                                proposedAwards,
                                (id, award) -> Map.of(
                                        "nomineeId",
                                        id,
                                        "award",
                                        BANG_KHEN.equals(award) ? PROPOSE_BANG_KHEN : award))));
        commune.runJobs(dossierId);
    }

    /**
     * The commune's reviewers over the HTTP API: {@code as} gives the client of a commune user by its Bắc Sơn demo
     * name ({@code PostgresIT::api}, or {@code role -> api("vl-" + role)} for Vũ Lễ); each finds the dossier's task
     * in its list of the campaign.
     */
    public static Commune overHttp(Function<String, Api> as, EngineTestSupport engine, String campaignId) {
        return new Commune() {
            @Override
            public void complete(String reviewer, String stage, String dossierId, Map<String, Object> payload) {
                Api api = as.apply(reviewer);
                String taskId = null;
                for (JsonNode item : api.get("/api/tasks?campaignId={c}&stage={s}&size=200", campaignId, stage)
                        .json()
                        .path("items")) {
                    if (dossierId.equals(item.path("dossierId").asText())) {
                        taskId = item.path("id").asText();
                    }
                }
                if (taskId == null) {
                    throw new IllegalStateException("No " + stage + " task for dossier " + dossierId);
                }
                ApiResponse done = api.post("/api/tasks/{id}/complete", payload, taskId);
                if (done.status() != 200) {
                    throw new IllegalStateException(stage + " could not be completed: " + done);
                }
            }

            @Override
            public void runJobs(String dossierId) {
                engine.runDueJobs(dossierId);
            }
        };
    }

    /**
     * A unit's dossier of collectives, each proposed for the Bằng khen, drafted with every document, submitted and
     * sent to the province over HTTP. Nominee names must be unique within the campaign.
     *
     * @param unit the unit's user by its Bắc Sơn demo name, e.g. {@code thon1}
     * @return the dossier as its unit reads it then (PROVINCE_PENDING)
     */
    public static JsonNode proposed(
            Function<String, Api> as,
            EngineTestSupport engine,
            String campaignId,
            String unit,
            String title,
            String... collectives) {
        List<Object> nominees = new ArrayList<>();
        for (String name : collectives) {
            nominees.add(Map.of(
                    "type",
                    "COLLECTIVE",
                    "fullName",
                    name,
                    "proposedAward",
                    BANG_KHEN,
                    "achievementSummary",
                    "Tổ chức tốt phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\".",
                    "emulationContents",
                    List.of("PHONG_TRAO"),
                    "womenShare",
                    40,
                    "memberDisciplined",
                    false));
        }
        Api unitUser = as.apply(unit);
        ApiResponse created =
                unitUser.post("/api/dossiers", Map.of("campaignId", campaignId, "title", title, "nominees", nominees));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a dossier: " + created);
        }
        JsonNode draft = created.json();
        String id = draft.path("id").asText();
        DossierFixture.uploadAllDocuments(unitUser, draft);
        ApiResponse submitted = unitUser.post("/api/dossiers/{id}/submit", null, id);
        if (submitted.status() != 200) {
            throw new IllegalStateException("Could not submit the dossier: " + submitted);
        }
        Map<String, String> awards = new LinkedHashMap<>();
        draft.path("nominees").forEach(n -> awards.put(n.path("id").asText(), BANG_KHEN));
        sendToProvince(overHttp(as, engine, campaignId), id, awards);
        JsonNode pending = unitUser.get("/api/dossiers/{id}", id).json();
        if (!"PROVINCE_PENDING".equals(pending.path("status").asText())) {
            throw new IllegalStateException("The dossier did not reach the province: " + pending);
        }
        return pending;
    }

    private static List<Object> rows(Map<String, String> proposedAwards, BiFunction<String, String, Object> row) {
        List<Object> rows = new ArrayList<>();
        proposedAwards.forEach((id, award) -> rows.add(row.apply(id, award)));
        return rows;
    }
}
