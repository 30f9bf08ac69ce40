package vn.bacson.khenthuong.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.EngineTestSupport;

/**
 * The whole Bắc Sơn path over HTTP on PostgreSQL, as the plan describes it: a unit submits, the engine checks the
 * window, the documents and the criteria, Ban Xây dựng Đảng selects, Phòng Văn hóa - Xã hội appraises, the council
 * votes and the chairman decides (or proposes a Bằng khen that the province decides). One campaign of this class
 * (window open, congress two days ago) holds the dossiers of every test.
 */
class BacSonPathIT extends AcceptanceSupport {

    private static final String DECISION_NUMBER = "\\d+/QĐ-UBND";

    private static String campaignId;

    private String campaign() {
        if (campaignId == null) {
            campaignId = createOpenCampaignOfMyOwn();
        }
        return campaignId;
    }

    // ---- a. an eligible individual decided Giấy khen ----------------------------------------------------

    @Test
    void anEligibleIndividualIsDecidedAGiayKhenWithANumberedDecision() {
        String id = submittedDossier("thon1", campaign(), individual("Hoàng Văn Thắng"));
        JsonNode afterSubmit = dossier("thon1", id);
        assertThat(afterSubmit.at("/nominees/0/eligibility").asText()).isEqualTo("ELIGIBLE");
        assertThat(afterSubmit.at("/nominees/0/reasons")).isEmpty();
        assertThat(afterSubmit.get("missingDocuments")).isEmpty();

        bringToChairman(campaign(), id);
        chairmanDecides(campaign(), id, GIAY_KHEN);

        JsonNode decided = dossier("thon1", id);
        assertThat(status(decided)).isEqualTo("DECIDED");
        assertThat(decided.at("/nominees/0/outcome").asText()).isEqualTo(GIAY_KHEN);
        assertThat(decided.at("/decision/number").asText()).matches(DECISION_NUMBER);
        assertThat(decided.at("/decision/decidedOn").asText()).isEqualTo(today().toString());
        assertThat(historyLines(decided))
                .containsSubsequence(
                        "SUBMITTED by thon1",
                        "SELECTED by bxdd",
                        "APPRAISED by vhxh",
                        "COUNCIL_REVIEWED by hoidong",
                        "DECIDED by chutich");
        assertThat(tasksOf("chutich", campaign(), id))
                .as("no task is left once decided")
                .isEmpty();
    }

    // ---- b. a disciplined individual ---------------------------------------------------------------------

    @Test
    void aDisciplinedIndividualIsNotAwardedWhileTheOtherOneIs() {
        Map<String, Object> disciplined = with(
                with(individual("Lý Văn Kỷ"), "disciplineLevel", "KHIEN_TRACH"),
                "disciplineDecidedOn",
                today().minusMonths(3).toString());
        JsonNode draft = createDossier("thon2", campaign(), disciplined, individual("Đinh Thị Hoa"));
        String id = draft.get("id").asText();
        String disciplinedId = nomineeId(draft, 0);
        String eligibleId = nomineeId(draft, 1);
        uploadAll("thon2", draft);

        JsonNode answer = submitted("thon2", id);

        assertThat(status(answer)).isEqualTo("IN_REVIEW");
        JsonNode checked = nominee(answer, disciplinedId);
        assertThat(checked.get("eligibility").asText()).isEqualTo("INELIGIBLE");
        assertThat(texts(checked.get("reasons"))).containsExactly("DISCIPLINED");
        assertThat(nominee(answer, eligibleId).get("eligibility").asText()).isEqualTo("ELIGIBLE");
        assertThat(inRunning(answer)).containsExactly(eligibleId);

        bringToChairman(campaign(), id);
        chairmanDecides(campaign(), id, GIAY_KHEN);

        JsonNode decided = dossier("thon2", id);
        assertThat(status(decided)).isEqualTo("DECIDED");
        assertThat(nominee(decided, eligibleId).get("outcome").asText()).isEqualTo(GIAY_KHEN);
        assertThat(decided.at("/decision/number").asText()).matches(DECISION_NUMBER);
        assertThat(texts(nominee(decided, disciplinedId).get("reasons"))).containsExactly("DISCIPLINED");
        assertThat(nominee(decided, disciplinedId).get("outcome").asText())
                .as("the disciplined nominee's final outcome once the dossier is decided")
                .isEqualTo("NOT_AWARDED");
    }

    @Test
    void aDossierWhoseOnlyNomineeIsDisciplinedIsRejectedWithoutAnyReviewer() {
        Map<String, Object> disciplined = with(
                with(individual("Vi Văn Phạt"), "disciplineLevel", "CANH_CAO"),
                "disciplineDecidedOn",
                today().minusMonths(3).toString());
        JsonNode draft = createDossier("thon1", campaign(), disciplined);
        String id = draft.get("id").asText();
        uploadAll("thon1", draft);

        JsonNode answer = submitted("thon1", id);
        assertThat(status(answer)).isIn("SUBMITTED", "REJECTED");
        assertThat(answer.at("/nominees/0/eligibility").asText()).isEqualTo("INELIGIBLE");
        assertThat(texts(answer.at("/nominees/0/reasons"))).containsExactly("DISCIPLINED");
        runJobs(id);

        JsonNode rejected = dossier("thon1", id);
        assertThat(status(rejected)).isEqualTo("REJECTED");
        assertThat(rejected.at("/nominees/0/outcome").asText()).isEqualTo("NOT_AWARDED");
        JsonNode entry = last(rejected, "REJECTED");
        assertThat(entry.get("comment").asText()).contains("kỷ luật");
        assertThat(historyActions(rejected)).doesNotContain("TASK_CREATED", "SELECTED");
        assertThat(tasksOf("bxdd", campaign(), id)).isEmpty();
    }

    // ---- c. a collective with a disciplined member -------------------------------------------------------

    @Test
    void aCollectiveWithADisciplinedMemberIsIneligible() {
        JsonNode draft =
                createDossier("pkt", campaign(), with(collective("Tổ dịch vụ nông nghiệp"), "memberDisciplined", true));
        String id = draft.get("id").asText();
        uploadAll("pkt", draft);

        JsonNode answer = submitted("pkt", id);
        assertThat(answer.at("/nominees/0/eligibility").asText()).isEqualTo("INELIGIBLE");
        assertThat(texts(answer.at("/nominees/0/reasons"))).containsExactly("MEMBER_DISCIPLINED");
        runJobs(id);

        JsonNode rejected = dossier("pkt", id);
        assertThat(status(rejected)).isEqualTo("REJECTED");
        assertThat(rejected.at("/nominees/0/outcome").asText()).isEqualTo("NOT_AWARDED");
        assertThat(last(rejected, "REJECTED").get("comment").asText()).contains("thành viên bị kỷ luật");
    }

    // ---- d. an incomplete dossier amended ----------------------------------------------------------------

    @Test
    void anIncompleteDossierIsSentBackForTheMinutesAndGoesOnOnceTheyAreUploaded() {
        JsonNode draft = createDossier("thon1", campaign(), individual("Nông Thị Mai"));
        String id = draft.get("id").asText();
        uploadAll("thon1", draft, Doc.BIEN_BAN_HOP_XET);

        JsonNode answer = submitted("thon1", id);

        assertThat(status(answer)).isEqualTo("AMENDMENT_REQUESTED");
        assertThat(answer.get("missingDocuments").findValuesAsText("kind")).containsExactly("BIEN_BAN_HOP_XET");
        assertThat(answer.get("amendmentDueAt").isNull())
                .as("amendmentDueAt is set")
                .isFalse();
        assertThat(OffsetDateTime.parse(answer.get("amendmentDueAt").asText()).toInstant())
                .isAfter(EngineTestSupport.now());
        assertThat(tasksOf("thon1", campaign(), id))
                .extracting(t -> t.get("stage").asText())
                .containsExactly("AMENDMENT");
        assertThat(tasksOf("bxdd", campaign(), id)).isEmpty();

        assertThat(upload("thon1", id, "BIEN_BAN_HOP_XET", null, "bien-ban-hop-xet.pdf")
                        .status())
                .isEqualTo(201);
        JsonNode resubmitted = submitted("thon1", id);

        assertThat(status(resubmitted)).isEqualTo("IN_REVIEW");
        assertThat(stage(resubmitted)).isEqualTo(SELECTION);
        assertThat(resubmitted.get("missingDocuments")).isEmpty();
        assertThat(resubmitted.get("amendmentDueAt").isNull()).isTrue();
        assertThat(historyActions(resubmitted)).containsSubsequence("SUBMITTED", "AMENDMENT_REQUESTED", "RESUBMITTED");

        bringToChairman(campaign(), id);
        chairmanDecides(campaign(), id, GIAY_KHEN);
        JsonNode decided = dossier("thon1", id);
        assertThat(status(decided)).isEqualTo("DECIDED");
        assertThat(decided.at("/nominees/0/outcome").asText()).isEqualTo(GIAY_KHEN);
        assertThat(decided.at("/decision/number").asText()).matches(DECISION_NUMBER);
    }

    // ---- e. a late submission refused --------------------------------------------------------------------

    @Test
    void submissionsOutsideTheWindowAreRefusedAndTheDossierStaysDraft() {
        JsonNode closed = createCampaign(today().minusDays(30), 20);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertRefused(closed.get("id").asText(), "SUBMISSION_WINDOW_CLOSED");

        JsonNode future = createCampaign(today().plusDays(5), 20);
        assertThat(future.get("status").asText()).isEqualTo("DRAFT_WINDOW");
        assertRefused(future.get("id").asText(), "SUBMISSION_WINDOW_NOT_OPEN");

        JsonNode undated = createCampaign(null, 20);
        assertThat(undated.get("status").asText()).isEqualTo("DRAFT_WINDOW");
        assertRefused(undated.get("id").asText(), "SUBMISSION_WINDOW_NOT_OPEN");
    }

    private void assertRefused(String campaignOfTest, String code) {
        JsonNode draft = createDossier("thon1", campaignOfTest, individual("Triệu Văn Muộn"));
        String id = draft.get("id").asText();
        uploadAll("thon1", draft);

        ApiResponse refused = submit("thon1", id);

        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.str("detail")).isNotBlank().containsAnyOf("hồ sơ", "Hồ sơ");
        JsonNode after = dossier("thon1", id);
        assertThat(status(after)).isEqualTo("DRAFT");
        assertThat(historyActions(after)).doesNotContain("SUBMITTED");
        assertThat(api("admin")
                        .get("/engine-rest/history/process-instance?processInstanceBusinessKey={id}", id)
                        .json())
                .as("no process was left behind")
                .isEmpty();
    }

    // ---- f. a Bằng khen proposal answered by the province ------------------------------------------------

    @Test
    void aBangKhenProposalWaitsForTheProvinceAndIsDecidedByItsAnswer() {
        JsonNode draft = createDossier(
                "thon2", campaign(), with(collective("Chi hội Phụ nữ thôn 2"), "proposedAward", BANG_KHEN));
        String id = draft.get("id").asText();
        String nomineeId = nomineeId(draft, 0);
        uploadAll("thon2", draft);
        assertThat(status(submitted("thon2", id))).isEqualTo("IN_REVIEW");
        assertThat(nominee(dossier(id), nomineeId).get("eligibility").asText()).isEqualTo("ELIGIBLE");

        forwardSelection(campaign(), id);
        completed(
                "vhxh",
                taskId("vhxh", campaign(), id, APPRAISAL),
                appraisal("FORWARD", "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.", Map.of(nomineeId, BANG_KHEN)));
        councilPasses(campaign(), id);
        chairmanDecides(campaign(), id, PROPOSE_BANG_KHEN);

        JsonNode pending = dossier("thon2", id);
        assertThat(status(pending)).isEqualTo("PROVINCE_PENDING");
        assertThat(nominee(pending, nomineeId).get("outcome").asText()).isEqualTo("PROPOSED_BANG_KHEN_CHU_TICH_TINH");
        assertThat(historyActions(pending)).contains("PROPOSED_TO_PROVINCE");

        Map<String, Object> answer = Map.of(
                "decisionNumber",
                "1234/QĐ-UBND",
                "decidedOn",
                today().toString(),
                "nominees",
                List.of(Map.of("nomineeId", nomineeId, "awarded", true)));
        ApiResponse recorded = api("vhxh").post("/api/dossiers/{id}/province-decision", answer, id);
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(200);
        assertThat(recorded.str("status")).isEqualTo("DECIDED");
        runJobs(id);

        JsonNode decided = dossier("thon2", id);
        assertThat(status(decided)).isEqualTo("DECIDED");
        JsonNode awarded = nominee(decided, nomineeId);
        assertThat(awarded.get("outcome").asText()).isEqualTo(BANG_KHEN);
        assertThat(awarded.get("provinceDecisionNumber").asText()).isEqualTo("1234/QĐ-UBND");
        assertThat(historyActions(decided)).contains("PROVINCE_DECIDED");
        assertThat(api("admin")
                        .get("/engine-rest/process-instance?businessKey={id}", id)
                        .json())
                .as("the process has ended")
                .isEmpty();

        ApiResponse again = api("vhxh").post("/api/dossiers/{id}/province-decision", answer, id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("DOSSIER_NOT_PROVINCE_PENDING");
        assertThat(again.str("detail")).isNotBlank();
    }

    @Test
    void anIndividualProposedForBangKhenWithoutAGroundIsIneligible() {
        JsonNode draft = createDossier(
                "thon1",
                campaign(),
                with(individual("Lục Văn Căn"), "proposedAward", BANG_KHEN),
                individual("Hà Thị Lan"));
        String id = draft.get("id").asText();
        uploadAll("thon1", draft);

        JsonNode answer = submitted("thon1", id);

        assertThat(status(answer)).isEqualTo("IN_REVIEW");
        JsonNode withoutGround = nominee(answer, nomineeId(draft, 0));
        assertThat(withoutGround.get("eligibility").asText()).isEqualTo("INELIGIBLE");
        assertThat(texts(withoutGround.get("reasons"))).containsExactly("BANG_KHEN_GROUND_REQUIRED");
        assertThat(nominee(answer, nomineeId(draft, 1)).get("eligibility").asText())
                .isEqualTo("ELIGIBLE");
    }

    // ---- g. RETURN and REJECT by reviewers ---------------------------------------------------------------

    @Test
    void aDossierReturnedByTheCultureSocialOfficeShowsTheCommentAndComesBackAfterResubmit() {
        String id = submittedDossier("thon2", campaign(), individual("Lương Văn Trả"));
        forwardSelection(campaign(), id);
        String comment = "Đề nghị bổ sung số liệu minh chứng thành tích năm 2025 trong báo cáo.";

        completed("vhxh", taskId("vhxh", campaign(), id, APPRAISAL), Map.of("outcome", "RETURN", "comment", comment));

        JsonNode returned = dossier("thon2", id);
        assertThat(status(returned)).isEqualTo("AMENDMENT_REQUESTED");
        assertThat(returned.get("returnComment").asText()).isEqualTo(comment);
        assertThat(returned.get("amendmentDueAt").isNull()).isFalse();
        assertThat(last(returned, "RETURNED").get("actor").asText()).isEqualTo("vhxh");
        assertThat(last(returned, "AMENDMENT_REQUESTED").get("comment").asText())
                .contains(comment);
        assertThat(tasksOf("vhxh", campaign(), id)).isEmpty();

        JsonNode resubmitted = submitted("thon2", id);
        assertThat(status(resubmitted)).isEqualTo("IN_REVIEW");
        assertThat(stage(resubmitted)).isEqualTo(SELECTION);
        assertThat(tasksOf("bxdd", campaign(), id))
                .extracting(t -> t.get("stage").asText())
                .containsExactly(SELECTION);
    }

    @Test
    void aDossierRejectedByThePartyBuildingCommitteeEndsRejected() {
        String id = submittedDossier("thon1", campaign(), individual("Chu Văn Loại"));
        String reason = "Thành tích chưa gắn với công tác chuẩn bị Đại hội.";

        completed("bxdd", taskId("bxdd", campaign(), id, SELECTION), Map.of("outcome", "REJECT", "comment", reason));
        runJobs(id);

        JsonNode rejected = dossier("thon1", id);
        assertThat(status(rejected)).isEqualTo("REJECTED");
        assertThat(rejected.at("/nominees/0/outcome").asText()).isEqualTo("NOT_AWARDED");
        assertThat(tasksOf("vhxh", campaign(), id)).isEmpty();
        JsonNode byReviewer = rejected.get("history").findParents("action").stream()
                .filter(h -> h.get("actor").asText().equals("bxdd"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(byReviewer.get("comment").asText()).as("the unit sees why").isEqualTo(reason);
        assertThat(historyLines(rejected))
                .as("the history tells a rejection, not a selection")
                .doesNotContain("SELECTED by bxdd")
                .contains("REJECTED by bxdd");
    }

    // ---- h. idempotent submit, double submit, withdraw ---------------------------------------------------

    @Test
    void theSameIdempotencyKeyStartsOneProcessAndAWithdrawRemovesTheTasks() {
        JsonNode draft = createDossier("thon1", campaign(), individual("Mã Văn Một"));
        String id = draft.get("id").asText();
        uploadAll("thon1", draft);
        String key = "acc-" + id;

        ApiResponse first = submit("thon1", id, key);
        ApiResponse second = submit("thon1", id, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(first.str("status")).isEqualTo("IN_REVIEW");
        assertThat(second.str("status")).isEqualTo(first.str("status"));
        assertThat(second.str("stage")).isEqualTo(first.str("stage"));
        assertThat(api("admin")
                        .get("/engine-rest/process-instance?businessKey={id}", id)
                        .json())
                .hasSize(1);
        assertThat(api("admin")
                        .get("/engine-rest/history/process-instance?processInstanceBusinessKey={id}", id)
                        .json())
                .hasSize(1);
        assertThat(historyActions(dossier(id)).stream().filter("SUBMITTED"::equals))
                .hasSize(1);

        ApiResponse withoutKey = submit("thon1", id);
        assertThat(withoutKey.status()).isEqualTo(409);
        assertThat(withoutKey.code()).isEqualTo("DOSSIER_ALREADY_SUBMITTED");
        assertThat(withoutKey.str("detail")).isNotBlank();

        String taskId = taskId("bxdd", campaign(), id, SELECTION);
        ApiResponse withdrawn = api("thon1").post("/api/dossiers/{id}/withdraw", null, id);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.str("status")).isEqualTo("WITHDRAWN");
        runJobs(id);

        JsonNode after = dossier("thon1", id);
        assertThat(status(after)).isEqualTo("WITHDRAWN");
        assertThat(last(after, "WITHDRAWN").get("actor").asText()).isEqualTo("thon1");
        assertThat(tasksOf("bxdd", campaign(), id))
                .as("its tasks are gone from the task list")
                .isEmpty();
        ApiResponse late = complete("bxdd", taskId, selection("FORWARD", null, inRunning(after)));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("TASK_ALREADY_COMPLETED");
        assertThat(api("admin")
                        .get("/engine-rest/process-instance?businessKey={id}", id)
                        .json())
                .isEmpty();
    }

    // ---- timers over the API -----------------------------------------------------------------------------

    @Test
    void aReviewTaskPastItsDueDateIsEscalatedAndListedAsOverdue() {
        String id = submittedDossier("thon2", campaign(), individual("Bế Văn Chậm"));
        JsonNode task = task("bxdd", campaign(), id, SELECTION);
        assertThat(task.get("overdue").asBoolean()).isFalse();
        Instant due = Instant.parse(task.get("due").asText());
        assertThat(due).isAfter(EngineTestSupport.now());
        assertThat(tasks("bxdd", campaign(), "&overdue=true"))
                .extracting(t -> t.get("id").asText())
                .doesNotContain(task.get("id").asText());

        EngineTestSupport.setNow(due.plus(Duration.ofMinutes(1)));
        assertThat(runJobs(id)).isPositive();

        JsonNode after = dossier(id);
        assertThat(status(after)).isEqualTo("IN_REVIEW");
        assertThat(stage(after))
                .as("the overdue timer does not interrupt the task")
                .isEqualTo(SELECTION);
        JsonNode overdue = last(after, "OVERDUE");
        assertThat(overdue.get("stage").asText()).isEqualTo(SELECTION);
        assertThat(overdue.get("comment").asText()).contains("quá hạn");
        List<JsonNode> listed = tasks("bxdd", campaign(), "&overdue=true").stream()
                .filter(t -> t.get("id").asText().equals(task.get("id").asText()))
                .toList();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("overdue").asBoolean()).isTrue();
    }

    @Test
    void anAmendmentNotMadeBeforeItsDeadlineEndsTheDossierExpired() {
        JsonNode draft = createDossier("thon1", campaign(), individual("Hứa Văn Hạn"));
        String id = draft.get("id").asText();
        uploadAll("thon1", draft, Doc.TO_TRINH);
        JsonNode answer = submitted("thon1", id);
        assertThat(status(answer)).isEqualTo("AMENDMENT_REQUESTED");
        Instant dueAt =
                OffsetDateTime.parse(answer.get("amendmentDueAt").asText()).toInstant();

        EngineTestSupport.setNow(dueAt.minus(Duration.ofMinutes(1)));
        runJobs(id);
        assertThat(status(dossier(id))).as("not expired before the deadline").isEqualTo("AMENDMENT_REQUESTED");

        EngineTestSupport.setNow(dueAt.plus(Duration.ofMinutes(1)));
        assertThat(runJobs(id)).isPositive();

        JsonNode expired = dossier("thon1", id);
        assertThat(status(expired)).isEqualTo("EXPIRED");
        assertThat(historyActions(expired)).contains("EXPIRED");
        assertThat(expired.at("/nominees/0/outcome").asText()).isEqualTo("NOT_AWARDED");
        assertThat(tasksOf("thon1", campaign(), id)).isEmpty();
        ApiResponse tooLate = submit("thon1", id);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.code()).isEqualTo("DOSSIER_ALREADY_SUBMITTED");
    }
}
