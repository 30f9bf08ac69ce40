package vn.bacson.khenthuong.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.bacson.khenthuong.process.ProposalFixture.CHAIRMAN;
import static vn.bacson.khenthuong.process.ProposalFixture.COUNCIL;
import static vn.bacson.khenthuong.process.ProposalFixture.CULTURE_SOCIAL;
import static vn.bacson.khenthuong.process.ProposalFixture.PARTY_BUILDING;
import static vn.bacson.khenthuong.process.ProposalFixture.collective;
import static vn.bacson.khenthuong.process.ProposalFixture.individual;
import static vn.bacson.khenthuong.support.DefaultCommuneExtension.DEFAULT_COMMUNE;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.dossier.DocumentRepository;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.DossierWorkflow;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.ProvinceProposalFixture;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * One test per path of bpmn/ProvinceCommendation.bpmn (app.province.mode=internal, the default), started by a
 * commune dossier's Bằng khen proposal and ending in that dossier's process, on the real delegates and tables (H2).
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:province-process;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false",
            "app.demo-data=false",
            // mail stays in the outbox here: no mail catcher on a port another build may hold
            "app.mail.catcher.enabled=false"
        })
class ProvinceCommendationProcessTest {

    static final CurrentUser HOME_AFFAIRS = new CurrentUser("sonv", Set.of(Roles.PROVINCE_HOME_AFFAIRS), null);
    static final CurrentUser PROVINCE_COUNCIL = new CurrentUser("hdtinh", Set.of(Roles.PROVINCE_COUNCIL), null);
    static final CurrentUser PROVINCE_CHAIRMAN = new CurrentUser("chutichtinh", Set.of(Roles.PROVINCE_CHAIRMAN), null);

    @Autowired
    ProcessEngine engine;

    @Autowired
    UnitRepository units;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    NomineeRepository nominees;

    @Autowired
    DocumentRepository documents;

    @Autowired
    DossierWorkflow workflow;

    @Autowired
    TaskCompletionService completion;

    @Autowired
    ProvinceCommendationWorkflow province;

    @Autowired
    ProvinceDecisionService manualEntry;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    ProposalFixture fx;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        EngineTestSupport.setNow(ProposalFixture.MONDAY);
        fx = new ProposalFixture(engine, units, campaigns, dossiers, nominees, documents, workflow, tx, jdbc);
        fx.seedPeople();
        fx.clearDecisionNumbers();
        campaign = fx.campaign();
    }

    @AfterEach
    void resetClock() {
        EngineTestSupport.resetClock();
    }

    @Test
    void returnedResentAndDecided_theCommuneDossierEndsDecidedWithTheProvinceNumber() {
        UUID id = proposedToProvince();
        UUID proposal = proposalOf(id);
        ProcessInstance pi = instance(proposal);
        assertThat(pi).isWaitingAt(Stage.PROVINCE_APPRAISAL.taskDefinitionKey());
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.PROVINCE_PENDING);
        assertThat(status(proposal)).isEqualTo("IN_REVIEW");
        UUID bangKhen = fx.nomineeIds(id).get(1);

        complete(HOME_AFFAIRS, proposal, "{\"outcome\":\"RETURN\",\"comment\":\"Bổ sung báo cáo thành tích.\"}");
        fx.runDueJobs(proposal.toString());
        assertThat(pi).isWaitingAt("ReceiveTask_AwaitResend");
        assertThat(status(proposal)).isEqualTo("RETURNED");
        assertThat(events()).contains("PROVINCE_PROPOSAL_RETURNED");
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.PROVINCE_PENDING);

        tx.executeWithoutResult(s -> province.resend(proposal));
        assertThat(pi).isWaitingAt(Stage.PROVINCE_APPRAISAL.taskDefinitionKey());
        assertThat(status(proposal)).isEqualTo("IN_REVIEW");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> province.resend(proposal)))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.PROVINCE_PROPOSAL_NOT_RETURNED);

        complete(HOME_AFFAIRS, proposal, """
                {"outcome":"FORWARD","nominees":[{"nomineeId":"%s","appraisal":"DAT"}]}""".formatted(bangKhen));
        assertThat(pi).isWaitingAt(Stage.PROVINCE_COUNCIL.taskDefinitionKey());
        complete(PROVINCE_COUNCIL, proposal, """
                {"meetingDate":"2025-08-25","membersTotal":11,"membersPresent":9,
                 "nominees":[{"nomineeId":"%s","votesFor":7}]}""".formatted(bangKhen));
        assertThat(pi).isWaitingAt(Stage.PROVINCE_DECISION.taskDefinitionKey());
        complete(PROVINCE_CHAIRMAN, proposal, """
                {"outcome":"DECIDE","nominees":[{"nomineeId":"%s","awarded":true}]}""".formatted(bangKhen));
        fx.runDueJobs(proposal.toString());
        fx.runDueJobs(id.toString());

        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordProvinceAwards");
        assertThat(fx.instance(id)).isNull();
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.DECIDED);
        Nominee awarded = nominees.find(bangKhen).orElseThrow();
        assertThat(awarded.outcome()).isEqualTo(Outcome.BANG_KHEN_CHU_TICH_TINH);
        assertThat(awarded.provinceDecisionNumber()).isEqualTo("1/QĐ-UBND");
        assertThat(nominees.find(fx.nomineeIds(id).get(0)).orElseThrow().outcome())
                .isEqualTo(Outcome.GIAY_KHEN_CHU_TICH_XA);
        assertThat(status(proposal)).isEqualTo("DECIDED");
        assertThat(events()).contains("PROVINCE_PROPOSAL_DECIDED", "PROVINCE_DECIDED");
        assertThat(jdbc.sql("select count(*) from province_decision_document where proposal_id = ?")
                        .param(proposal)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void overdueAppraisal_isEscalatedOnce_andTheTaskStays() {
        UUID proposal = proposalOf(proposedToProvince());
        ProcessInstance pi = instance(proposal);
        Task task = provinceTask(proposal);
        // 10 working days from Monday 25/08/2025, with 01-02/09 off: 10/09, end of day
        assertThat(task.getDueDate().toInstant()).isEqualTo(java.time.Instant.parse("2025-09-10T16:59:59.999Z"));

        EngineTestSupport.advance(Duration.ofDays(16)); // Wednesday 10/09 10:00 (Vietnam): not yet
        fx.runDueJobs(proposal.toString());
        assertThat(history(proposal)).doesNotContain("OVERDUE");
        EngineTestSupport.advance(Duration.ofDays(1));
        fx.runDueJobs(proposal.toString());
        fx.runDueJobs(proposal.toString());

        assertThat(pi).isWaitingAt(Stage.PROVINCE_APPRAISAL.taskDefinitionKey());
        assertThat(history(proposal)).containsOnlyOnce("OVERDUE");
    }

    @Test
    void returnedProposalNotSentAgainInTime_remindsTheCommune() {
        UUID proposal = proposalOf(proposedToProvince());
        complete(HOME_AFFAIRS, proposal, "{\"outcome\":\"RETURN\",\"comment\":\"Thiếu biên bản họp.\"}");
        fx.runDueJobs(proposal.toString());

        EngineTestSupport.advance(Duration.ofDays(10));
        fx.runDueJobs(proposal.toString());

        assertThat(instance(proposal)).isWaitingAt("ReceiveTask_AwaitResend");
        assertThat(history(proposal)).contains("RESEND_OVERDUE");
        assertThat(events()).contains("PROVINCE_PROPOSAL_OVERDUE");
    }

    @Test
    void stagePayloadsAreCheckedAgainstTheProposal() {
        UUID id = proposedToProvince();
        UUID proposal = proposalOf(id);
        UUID bangKhen = fx.nomineeIds(id).get(1);
        UUID giayKhen = fx.nomineeIds(id).get(0);

        assertThatThrownBy(() -> complete(HOME_AFFAIRS, proposal, "{\"outcome\":\"RETURN\"}"))
                .satisfies(e -> assertThat(fields(e)).containsExactly("comment"));
        assertThatThrownBy(() -> complete(HOME_AFFAIRS, proposal, """
                        {"outcome":"FORWARD","nominees":[{"nomineeId":"%s","appraisal":"DAT"}]}""".formatted(giayKhen)))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.UNKNOWN_NOMINEE);
        assertThatThrownBy(() -> complete(PROVINCE_COUNCIL, proposal, "{}"))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.TASK_NOT_FOUND);

        complete(HOME_AFFAIRS, proposal, """
                {"outcome":"FORWARD","nominees":[{"nomineeId":"%s","appraisal":"DAT"}]}""".formatted(bangKhen));
        assertThatThrownBy(() -> complete(PROVINCE_COUNCIL, proposal, """
                        {"meetingDate":"2025-08-25","membersTotal":11,"membersPresent":6,
                         "nominees":[{"nomineeId":"%s","votesFor":6}]}""".formatted(bangKhen)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("membersPresent"));
        // 5 of 11 is not more than half of all members: the nominee fails, and may not be awarded
        complete(PROVINCE_COUNCIL, proposal, """
                {"meetingDate":"2025-08-25","membersTotal":11,"membersPresent":8,
                 "nominees":[{"nomineeId":"%s","votesFor":5}]}""".formatted(bangKhen));
        assertThatThrownBy(() -> complete(PROVINCE_CHAIRMAN, proposal, """
                        {"outcome":"DECIDE","nominees":[{"nomineeId":"%s","awarded":true}]}""".formatted(bangKhen)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("nominees[0].awarded"));
        complete(PROVINCE_CHAIRMAN, proposal, """
                {"outcome":"DECIDE","nominees":[{"nomineeId":"%s","awarded":false}]}""".formatted(bangKhen));
        fx.runDueJobs(proposal.toString());
        fx.runDueJobs(id.toString());
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.DECIDED);
        assertThat(nominees.find(bangKhen).orElseThrow().outcome()).isEqualTo(Outcome.NOT_AWARDED);
    }

    @Test
    void appraisalCompletedInCamundaTasklist_goesThroughTheProvinceRules() {
        UUID id = proposedToProvince();
        UUID proposal = proposalOf(id);
        UUID bangKhen = fx.nomineeIds(id).get(1);
        Task task = provinceTask(proposal);
        var taskService = engine.getTaskService();
        var identity = engine.getIdentityService();
        // the form's rows: the proposal's nominee only (the Giấy khen nominee stayed with the commune)
        assertThat(taskService.getVariable(task.getId(), "nominees").toString())
                .contains(bangKhen.toString())
                .doesNotContain(fx.nomineeIds(id).get(0).toString());

        identity.setAuthentication("vhxh", List.of(Roles.CULTURE_SOCIAL), List.of(DEFAULT_COMMUNE));
        try {
            // a commune officer: the engine's own authorization refuses before any of our code runs
            assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("outcome", "RETURN", "comment", "x")))
                    .isInstanceOf(AuthorizationException.class);
            identity.setAuthentication("admin", List.of(Roles.ADMIN));
            // FORWARD with no nominee appraised DAT: the province's rule refuses it, naming the field
            assertThatThrownBy(() -> taskService.complete(
                            task.getId(),
                            Map.of("outcome", "FORWARD", "nominees", rows(bangKhen, "\"appraisal\":\"KHONG_DAT\""))))
                    .hasMessageContaining("nominees: Không có đối tượng nào đạt");
            assertThat(instance(proposal)).isWaitingAt(Stage.PROVINCE_APPRAISAL.taskDefinitionKey());
            assertThat(history(proposal)).doesNotContain("APPRAISED");

            taskService.complete(
                    task.getId(),
                    Map.of(
                            "outcome",
                            "FORWARD",
                            "comment",
                            "Thẩm định qua Tasklist",
                            "nominees",
                            rows(bangKhen, "\"appraisal\":\"DAT\"")));
        } finally {
            identity.clearAuthentication();
        }

        assertThat(instance(proposal)).isWaitingAt(Stage.PROVINCE_COUNCIL.taskDefinitionKey());
        assertThat(jdbc.sql("select actor || ': ' || comment from province_proposal_history"
                                + " where proposal_id = ? and action = 'APPRAISED'")
                        .param(proposal)
                        .query(String.class)
                        .single())
                .isEqualTo("admin: Thẩm định: 1/1 đối tượng đạt. Thẩm định qua Tasklist");
        // the council's form rows are those appraised DAT
        assertThat(taskService
                        .getVariable(provinceTask(proposal).getId(), "nominees")
                        .toString())
                .contains(bangKhen.toString());
    }

    private static Object rows(UUID nomineeId, String fields) {
        return SpinValues.jsonValue("[{\"nomineeId\":\"" + nomineeId + "\"," + fields + "}]")
                .create();
    }

    @Test
    void theManualEntryIsRefusedWhileTheProvinceReviewsInTheSystem() {
        UUID id = proposedToProvince();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> manualEntry.record(
                        id,
                        CULTURE_SOCIAL,
                        new ProvinceDecisionRequest(
                                "9/QĐ-UBND",
                                LocalDate.of(2025, 8, 25),
                                List.of(new ProvinceDecisionRequest.Item(
                                        fx.nomineeIds(id).get(1), true))))))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.PROVINCE_DECISION_INTERNAL);
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.PROVINCE_PENDING);
    }

    // --- helpers ------------------------------------------------------------------------------------------

    /** A dossier with a Giấy khen and a Bằng khen nominee, decided by the commune chairman: sent to the province. */
    private UUID proposedToProvince() {
        Dossier dossier = fx.dossier(
                campaign,
                true,
                individual(
                        "Đặng Văn Minh " + UUID.randomUUID().toString().substring(0, 4),
                        AwardForm.GIAY_KHEN_CHU_TICH_XA),
                collective(
                        "Chi hội Phụ nữ " + UUID.randomUUID().toString().substring(0, 4),
                        AwardForm.BANG_KHEN_CHU_TICH_TINH));
        fx.submit(dossier);
        UUID id = dossier.id();
        List<UUID> n = fx.nomineeIds(id);
        Map<String, String> awards = new LinkedHashMap<>();
        awards.put(n.get(0).toString(), ProvinceProposalFixture.GIAY_KHEN);
        awards.put(n.get(1).toString(), ProvinceProposalFixture.BANG_KHEN);
        ProvinceProposalFixture.sendToProvince(commune(), id.toString(), awards);
        assertThat(fx.instance(id)).isWaitingAt("ReceiveTask_AwaitProvinceDecision");
        return id;
    }

    /** The commune's reviewers complete its dossier's stages on the engine, as the task API does. */
    private ProvinceProposalFixture.Commune commune() {
        Map<String, CurrentUser> reviewers =
                Map.of("bxdd", PARTY_BUILDING, "vhxh", CULTURE_SOCIAL, "hoidong", COUNCIL, "chutich", CHAIRMAN);
        return new ProvinceProposalFixture.Commune() {
            @Override
            public void complete(String reviewer, String stage, String dossierId, Map<String, Object> payload) {
                Task task = fx.task(UUID.fromString(dossierId));
                assertThat(task.getTaskDefinitionKey())
                        .isEqualTo(Stage.valueOf(stage).taskDefinitionKey());
                completion.complete(task.getId(), reviewers.get(reviewer), fx.json.valueToTree(payload));
            }

            @Override
            public void runJobs(String dossierId) {
                fx.runDueJobs(dossierId);
            }
        };
    }

    private void complete(CurrentUser user, UUID proposalId, String payload) {
        completion.complete(provinceTask(proposalId).getId(), user, fx.payload(payload));
    }

    private Task provinceTask(UUID proposalId) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(proposalId.toString())
                .processDefinitionKey(ProvinceCommendationVariables.PROCESS_KEY)
                .singleResult();
    }

    private ProcessInstance instance(UUID proposalId) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(proposalId.toString())
                .processDefinitionKey(ProvinceCommendationVariables.PROCESS_KEY)
                .singleResult();
    }

    private UUID proposalOf(UUID dossierId) {
        return jdbc.sql("select proposal_id from province_proposal_dossier where dossier_id = ?")
                .param(dossierId)
                .query(UUID.class)
                .single();
    }

    private String status(UUID proposalId) {
        return jdbc.sql("select status from province_proposal where id = ?")
                .param(proposalId)
                .query(String.class)
                .single();
    }

    private List<String> history(UUID proposalId) {
        return jdbc.sql("select action from province_proposal_history where proposal_id = ? order by at")
                .param(proposalId)
                .query(String.class)
                .list();
    }

    private List<String> events() {
        return jdbc.sql("select event from notification").query(String.class).list();
    }

    private static List<String> fields(Throwable e) {
        return ((DomainException) e).violations().stream().map(v -> v.field()).toList();
    }
}
