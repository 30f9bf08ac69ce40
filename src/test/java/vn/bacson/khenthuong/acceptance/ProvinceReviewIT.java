package vn.bacson.khenthuong.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.notification.MailDispatcher;
import vn.bacson.khenthuong.signature.PdfSignatureVerifier;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.Mails;
import vn.bacson.khenthuong.support.Pdfsig;
import vn.bacson.khenthuong.support.ProvinceProposalFixture;
import vn.bacson.khenthuong.support.ProvinceReviewsInTheSystem;

/**
 * The province's review inside the system (API.md "One installation for a whole province", issue 14), over HTTP on
 * PostgreSQL: Bắc Sơn proposes two dossiers for the Bằng khen, the Sở Nội vụ returns one with a comment, the commune
 * sends it again, the province appraises, votes and decides both; each commune dossier ends DECIDED with the
 * province's number, and the commune and the units are told by e-mail.
 */
@ExtendWith(ProvinceReviewsInTheSystem.class)
class ProvinceReviewIT extends AcceptanceSupport {

    static final String PROVINCE_APPRAISAL = "PROVINCE_APPRAISAL";
    static final String PROVINCE_COUNCIL = "PROVINCE_COUNCIL";
    static final String PROVINCE_DECISION = "PROVINCE_DECISION";

    @RegisterExtension
    final GreenMailExtension smtp = smtpServer();

    @Autowired
    private MailDispatcher dispatcher;

    @Autowired
    private PdfSignatureVerifier verifier;

    @Test
    void twoProposals_oneReturnedAndSentAgain_bothDecidedByTheProvince() throws Exception {
        String campaign = createOpenCampaign();
        String first = proposed("thon1", campaign, "Chi hội Nông dân thôn 1");
        String second = proposed("thon2", campaign, "Chi hội Phụ nữ thôn 2", "Chi đoàn thôn 2");
        JsonNode pending = dossier("thon1", first);
        assertThat(status(pending)).isEqualTo("PROVINCE_PENDING");

        JsonNode firstProposal = proposalOf("sonv", first);
        JsonNode secondProposal = proposalOf("sonv", second);
        String firstId = firstProposal.get("id").asText();
        String secondId = secondProposal.get("id").asText();
        assertThat(firstProposal.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(firstProposal.get("stage").asText()).isEqualTo(PROVINCE_APPRAISAL);
        assertThat(firstProposal.get("commune").get("code").asText()).isEqualTo("bac-son");
        assertThat(firstProposal.get("commune").get("name").asText()).isNotBlank();
        assertThat(firstProposal.get("due").asText()).isNotBlank();
        assertThat(texts(secondProposal.get("dossierIds"))).containsExactly(second);
        assertThat(secondProposal.get("nominees")).hasSize(2);
        assertThat(secondProposal.get("nominees").get(0).get("outcome").asText())
                .isEqualTo("PROPOSED_BANG_KHEN_CHU_TICH_TINH");
        // the commune sees its own; nobody else
        assertThat(api("vhxh").get("/api/province-proposals/{id}", firstId).status())
                .isEqualTo(200);
        assertThat(api("thon1").get("/api/province-proposals/{id}", firstId).status())
                .isEqualTo(404);
        assertThat(api("hoidong").get("/api/province-proposals/{id}", firstId).status())
                .isEqualTo(404);
        // the province reads the nominees' documents the commune sent
        JsonNode documents =
                api("sonv").get("/api/province-proposals/{id}", firstId).json().get("documents");
        assertThat(documents).isNotEmpty();
        ApiResponse file = api("sonv")
                .get(
                        "/api/province-proposals/{id}/documents/{doc}",
                        firstId,
                        documents.get(0).get("id").asText());
        assertThat(file.status()).isEqualTo(200);
        assertThat(api("sonv").get("/api/dossiers/{id}", first).status()).isEqualTo(404);
        // the manual entry is closed while the province reviews in the system
        ApiResponse manual = api("vhxh")
                .post(
                        "/api/dossiers/{id}/province-decision",
                        Map.of(
                                "decisionNumber",
                                "9/QĐ-UBND",
                                "decidedOn",
                                today().toString(),
                                "nominees",
                                List.of(Map.of(
                                        "nomineeId", inRunningOrProposed(first).get(0), "awarded", true))),
                        first);
        assertThat(manual.status()).isEqualTo(409);
        assertThat(manual.code()).isEqualTo("PROVINCE_DECISION_INTERNAL");

        // Sở Nội vụ returns the first
        ApiResponse noComment =
                complete("sonv", provinceTask("sonv", first, PROVINCE_APPRAISAL), Map.of("outcome", "RETURN"));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().get("errors").get(0).get("field").asText()).isEqualTo("comment");
        completed(
                "sonv",
                provinceTask("sonv", first, PROVINCE_APPRAISAL),
                Map.of("outcome", "RETURN", "comment", "Bổ sung biên bản họp xét của xã."));
        engine().runDueJobs(firstId);
        JsonNode returned =
                api("vhxh").get("/api/province-proposals/{id}", firstId).json();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("returnComment").asText()).isEqualTo("Bổ sung biên bản họp xét của xã.");
        assertThat(returned.get("resendDue").asText()).isNotBlank();
        assertThat(api("vhxh")
                        .get("/api/province-proposals?status=RETURNED&size=200")
                        .json()
                        .get("items"))
                .anySatisfy(item -> assertThat(item.get("id").asText()).isEqualTo(firstId));
        assertThat(api("hdtinh")
                        .post("/api/province-proposals/{id}/resend", null, firstId)
                        .status())
                .isEqualTo(403);

        // the commune amends and sends it again
        ApiResponse resent = api("vhxh").post("/api/province-proposals/{id}/resend", null, firstId);
        assertThat(resent.status()).as("%s", resent).isEqualTo(200);
        assertThat(resent.str("status")).isEqualTo("IN_REVIEW");
        ApiResponse again = api("vhxh").post("/api/province-proposals/{id}/resend", null, firstId);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("PROVINCE_PROPOSAL_NOT_RETURNED");

        // both go through appraisal, council and decision
        for (String dossierId : List.of(first, second)) {
            List<String> nominees = inRunningOrProposed(dossierId);
            completed("sonv", provinceTask("sonv", dossierId, PROVINCE_APPRAISAL), appraise(nominees));
            ApiResponse noQuorum =
                    complete("hdtinh", provinceTask("hdtinh", dossierId, PROVINCE_COUNCIL), vote(nominees, 11, 6, 7));
            assertThat(noQuorum.status()).isEqualTo(400);
            assertThat(noQuorum.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("membersPresent");
            completed("hdtinh", provinceTask("hdtinh", dossierId, PROVINCE_COUNCIL), vote(nominees, 11, 9, 7));
        }
        List<String> secondNominees = inRunningOrProposed(second);
        completed(
                "chutichtinh",
                provinceTask("chutichtinh", first, PROVINCE_DECISION),
                decide(Map.of(inRunningOrProposed(first).get(0), true)));
        completed(
                "chutichtinh",
                provinceTask("chutichtinh", second, PROVINCE_DECISION),
                decide(Map.of(secondNominees.get(0), true, secondNominees.get(1), false)));
        for (String id : List.of(firstId, secondId)) {
            engine().runDueJobs(id);
        }
        runJobs(first);
        runJobs(second);

        JsonNode firstDecided = dossier("thon1", first);
        assertThat(status(firstDecided)).isEqualTo("DECIDED");
        String firstNumber = firstDecided.get("decision").get("provinceNumber").asText();
        assertThat(firstNumber).matches("\\d+/QĐ-UBND");
        assertThat(firstDecided.get("nominees").get(0).get("outcome").asText()).isEqualTo(BANG_KHEN);
        JsonNode secondDecided = dossier("thon2", second);
        assertThat(status(secondDecided)).isEqualTo("DECIDED");
        assertThat(nominee(secondDecided, secondNominees.get(0)).get("outcome").asText())
                .isEqualTo(BANG_KHEN);
        assertThat(nominee(secondDecided, secondNominees.get(1)).get("outcome").asText())
                .isEqualTo("NOT_AWARDED");
        String secondNumber =
                secondDecided.get("decision").get("provinceNumber").asText();
        assertThat(secondNumber).isNotEqualTo(firstNumber);
        JsonNode decided =
                api("sonv").get("/api/province-proposals/{id}", secondId).json();
        assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.get("decision").get("number").asText()).isEqualTo(secondNumber);
        ApiResponse pdf = api("vhxh").get("/api/province-proposals/{id}/decision.pdf", secondId);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        // signed by the province with the province's key, though the job ran in Bắc Sơn's process
        assertThat(verifier.check(pdf.body())).singleElement().satisfies(check -> {
            assertThat(check.organization()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH Lạng Sơn");
            assertThat(check.holds()).isTrue();
        });
        assertThat(Pdfsig.report(pdf.body())).contains("Signature is Valid.").doesNotContain("BẮC SƠN");

        Mails.deliverAll(dispatcher);
        assertThat(subjects()).anyMatch(s -> s.startsWith("Tỉnh trả lại đề nghị tặng Bằng khen: "));
        assertThat(subjects()).anyMatch(s -> s.startsWith("Đã có quyết định của tỉnh về đề nghị tặng Bằng khen: "));
        assertThat(mailsAbout("/dossiers/" + first))
                .as("the unit is told of the province's decision")
                .anyMatch(m -> m.startsWith("Đã có quyết định khen thưởng của tỉnh"));
    }

    @Test
    void anOverdueAppraisalIsEscalated_andAReturnedProposalNotSentAgainIsReminded() throws Exception {
        String campaign = createOpenCampaign();
        String dossierId = proposed("thon1", campaign, "Tổ hòa giải thôn 1");
        String proposalId = proposalOf("sonv", dossierId).get("id").asText();

        passWorkingDays(10);
        engine().runDueJobs(proposalId);
        JsonNode late =
                api("sonv").get("/api/province-proposals/{id}", proposalId).json();
        assertThat(actions(late)).containsOnlyOnce("OVERDUE");
        assertThat(late.get("stage").asText()).isEqualTo(PROVINCE_APPRAISAL);

        completed(
                "sonv",
                provinceTask("sonv", dossierId, PROVINCE_APPRAISAL),
                Map.of("outcome", "RETURN", "comment", "Thiếu báo cáo thành tích."));
        engine().runDueJobs(proposalId);
        passWorkingDays(5);
        engine().runDueJobs(proposalId);
        JsonNode notResent =
                api("vhxh").get("/api/province-proposals/{id}", proposalId).json();
        assertThat(notResent.get("status").asText()).isEqualTo("RETURNED");
        assertThat(actions(notResent)).contains("RESEND_OVERDUE");

        Mails.deliverAll(dispatcher);
        assertThat(subjects()).anyMatch(s -> s.startsWith("Quá hạn xử lý đề nghị tặng Bằng khen: "));
        assertThat(subjects()).anyMatch(s -> s.startsWith("Quá hạn gửi lại đề nghị tặng Bằng khen: "));
        // the province wrote them: its letterhead, not the commune's whose proposal it is
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Mails.subject(m).startsWith("Quá hạn xử lý đề nghị")
                    || Mails.subject(m).startsWith("Quá hạn gửi lại đề nghị")
                    || Mails.subject(m).startsWith("Tỉnh trả lại đề nghị")) {
                assertThat(Mails.html(m))
                        .as(Mails.subject(m))
                        .contains("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Ủy ban nhân dân tỉnh Lạng Sơn")
                        .doesNotContain("XÃ BẮC SƠN");
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** A dossier of collectives proposed for the Bằng khen, decided by the commune chairman: sent to the province. */
    private String proposed(String unit, String campaign, String... collectives) {
        String[] names =
                Arrays.stream(collectives).map(AcceptanceSupport::uniqueName).toArray(String[]::new);
        return ProvinceProposalFixture.proposed(
                        this::api, engine(), campaign, unit, "Đề nghị khen thưởng " + uniqueName("Bằng khen"), names)
                .path("id")
                .asText();
    }

    private JsonNode proposalOf(String user, String dossierId) {
        for (JsonNode item : api(user)
                .get("/api/province-proposals?communeCode=bac-son&size=200")
                .json()
                .get("items")) {
            if (texts(item.get("dossierIds")).contains(dossierId)) {
                return item;
            }
        }
        throw new AssertionError("no proposal for dossier " + dossierId);
    }

    private List<String> inRunningOrProposed(String dossierId) {
        List<String> ids = new ArrayList<>();
        for (JsonNode n : dossier(dossierId).get("nominees")) {
            if ("PROPOSED_BANG_KHEN_CHU_TICH_TINH".equals(n.get("outcome").asText())) {
                ids.add(n.get("id").asText());
            }
        }
        return ids;
    }

    /** The province task of the dossier's proposal at this stage, from the user's task list. */
    private String provinceTask(String user, String dossierId, String stage) {
        List<String> found = new ArrayList<>();
        for (JsonNode item :
                api(user).get("/api/tasks?stage={s}&size=200", stage).json().get("items")) {
            if (dossierId.equals(item.get("dossierId").asText())) {
                found.add(item.get("id").asText());
            }
        }
        assertThat(found)
                .as("%s's %s task of dossier %s", user, stage, dossierId)
                .hasSize(1);
        return found.get(0);
    }

    private static Map<String, Object> appraise(List<String> nominees) {
        return Map.of(
                "outcome",
                "FORWARD",
                "comment",
                "Đủ điều kiện trình Hội đồng tỉnh.",
                "nominees",
                nominees.stream()
                        .map(id -> Map.of("nomineeId", id, "appraisal", "DAT", "note", "Thành tích tiêu biểu."))
                        .toList());
    }

    private static Map<String, Object> vote(List<String> nominees, int total, int present, int votesFor) {
        return Map.of(
                "meetingDate",
                today().toString(),
                "membersTotal",
                total,
                "membersPresent",
                present,
                "nominees",
                nominees.stream()
                        .map(id -> Map.of("nomineeId", id, "votesFor", votesFor))
                        .toList());
    }

    private static Map<String, Object> decide(Map<String, Boolean> awarded) {
        return Map.of(
                "outcome",
                "DECIDE",
                "nominees",
                awarded.entrySet().stream()
                        .map(e -> Map.of("nomineeId", e.getKey(), "awarded", e.getValue()))
                        .toList());
    }

    private static List<String> actions(JsonNode proposal) {
        List<String> actions = new ArrayList<>();
        proposal.get("history").forEach(h -> actions.add(h.get("action").asText()));
        return actions;
    }

    private List<String> subjects() throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

    private List<String> mailsAbout(String link) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Mails.text(m).contains(link)) {
                subjects.add(m.getSubject());
            }
        }
        return subjects;
    }
}
