package vn.bacson.khenthuong.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.bacson.khenthuong.process.ProposalFixture.CHAIRMAN;
import static vn.bacson.khenthuong.process.ProposalFixture.COUNCIL;
import static vn.bacson.khenthuong.process.ProposalFixture.CULTURE_SOCIAL;
import static vn.bacson.khenthuong.process.ProposalFixture.PARTY_BUILDING;
import static vn.bacson.khenthuong.process.ProposalFixture.collective;
import static vn.bacson.khenthuong.process.ProposalFixture.disciplined;
import static vn.bacson.khenthuong.process.ProposalFixture.individual;
import static vn.bacson.khenthuong.process.ProposalFixture.onHold;
import static vn.bacson.khenthuong.support.DefaultCommuneExtension.DEFAULT_COMMUNE;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryEntry;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.notification.Notification;
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.notification.NotificationRecorder;
import vn.bacson.khenthuong.posting.FeedbackRequest;
import vn.bacson.khenthuong.posting.PostedDossier;
import vn.bacson.khenthuong.posting.PublicPostingService;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.unit.UnitRepository;

/** One test per path of bpmn/CommendationProposal.bpmn, on the real delegates, services and tables (H2). */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:proposal-process;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false",
            "app.demo-data=false",
            // the manual entry of the province's answer; the internal review is ProvinceCommendationProcessTest's
            "app.province.mode=external",
            // mail stays in the outbox here: no mail catcher on a port another build may hold
            "app.mail.catcher.enabled=false"
        })
class CommendationProposalProcessTest {

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
    HistoryRepository history;

    @Autowired
    NotificationRecorder notifications;

    @Autowired
    DossierWorkflow workflow;

    @Autowired
    TaskCompletionService completion;

    @Autowired
    ProvinceDecisionService provinceDecisions;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PublicPostingService postings;

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

    // --- paths -------------------------------------------------------------------------------------------

    @Test
    void completeAndEligible_passesFourStages_andGiayKhenDecisionsAreNumberedInOrder() {
        Dossier first = fx.dossier(campaign, true, individual("Nguyễn Văn An", AwardForm.GIAY_KHEN_CHU_TICH_XA));
        Dossier second = fx.dossier(campaign, true, individual("Trần Thị Bình", AwardForm.GIAY_KHEN_CHU_TICH_XA));

        ProcessInstance pi = fx.submit(first);
        assertThat(pi).isWaitingAt(Stage.PARTY_BUILDING_SELECTION.taskDefinitionKey());
        assertThat(fx.reload(first.id()).status()).isEqualTo(DossierStatus.IN_REVIEW);
        assertThat(fx.reload(first.id()).stage()).isEqualTo(Stage.PARTY_BUILDING_SELECTION);
        assertThat(events(first.id())).contains(NotificationEvent.DOSSIER_RECEIVED, NotificationEvent.TASK_CREATED);
        assertThat(pi)
                .task()
                .isNotAssigned()
                .hasCandidateGroup("party-building")
                .hasDueDate(java.util.Date.from(
                        java.time.Instant.parse("2025-09-03T16:59:59.999Z"))); // 01 and 02/09 are holidays

        decideGiayKhen(first.id());
        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordDecision").isEnded();
        assertThat(fx.reload(first.id()).status()).isEqualTo(DossierStatus.DECIDED);
        Nominee an = nominees.findByDossier(first.id()).get(0);
        assertThat(an.outcome()).isEqualTo(Outcome.GIAY_KHEN_CHU_TICH_XA);
        assertThat(decisionNumber(an)).isEqualTo("1/QĐ-UBND");
        assertThat(events(first.id())).contains(NotificationEvent.DOSSIER_DECIDED);
        assertThat(actions(first.id()))
                .containsSubsequence(
                        HistoryAction.SELECTED,
                        HistoryAction.APPRAISED,
                        HistoryAction.COUNCIL_REVIEWED,
                        HistoryAction.DECIDED);

        fx.submit(second);
        decideGiayKhen(second.id());
        assertThat(decisionNumber(nominees.findByDossier(second.id()).get(0))).isEqualTo("2/QĐ-UBND");
    }

    @Test
    void incomplete_goesToAmendment_andResubmittedDossierContinues() {
        Dossier dossier = fx.dossier(campaign, false, individual("Lê Văn Cường", AwardForm.GIAY_KHEN_CHU_TICH_XA));

        ProcessInstance pi = fx.submit(dossier);

        assertThat(pi).isWaitingAt(Stage.AMENDMENT.taskDefinitionKey());
        assertThat(pi).task().hasCandidateGroup(ProposalFixture.UNIT);
        Dossier waiting = fx.reload(dossier.id());
        assertThat(waiting.status()).isEqualTo(DossierStatus.AMENDMENT_REQUESTED);
        assertThat(waiting.stage()).isEqualTo(Stage.AMENDMENT);
        // 5 working days after Monday 25/08/2025, 01/09 and 02/09 being holidays: end of Wednesday 03/09
        assertThat(waiting.amendmentDueAt()).isEqualTo(java.time.Instant.parse("2025-09-03T16:59:59.999Z"));
        assertThat(events(dossier.id())).contains(NotificationEvent.AMENDMENT_REQUESTED);

        fx.document(dossier.id(), vn.bacson.khenthuong.dossier.DocumentKind.BIEN_BAN_HOP_XET, null);
        fx.resubmit(dossier.id());

        assertThat(pi).isWaitingAt(Stage.PARTY_BUILDING_SELECTION.taskDefinitionKey());
        Dossier resumed = fx.reload(dossier.id());
        assertThat(resumed.status()).isEqualTo(DossierStatus.IN_REVIEW);
        assertThat(resumed.amendmentDueAt()).isNull();
    }

    @Test
    void amendmentNotDoneInTime_expiresTheDossier() {
        Dossier dossier = fx.dossier(campaign, false, individual("Phạm Văn Dũng", AwardForm.GIAY_KHEN_CHU_TICH_XA));
        ProcessInstance pi = fx.submit(dossier);
        assertThat(pi).isWaitingAt(Stage.AMENDMENT.taskDefinitionKey());

        EngineTestSupport.setNow(java.time.Instant.parse("2025-09-03T16:00:00Z"));
        fx.runDueJobs(dossier.id().toString());
        assertThat(pi).isWaitingAt(Stage.AMENDMENT.taskDefinitionKey());

        EngineTestSupport.setNow(java.time.Instant.parse("2025-09-03T17:00:00Z"));
        fx.runDueJobs(dossier.id().toString());

        assertThat(pi).isEnded().hasPassed("ServiceTask_ExpireDossier");
        assertThat(fx.reload(dossier.id()).status()).isEqualTo(DossierStatus.EXPIRED);
        assertThat(actions(dossier.id())).contains(HistoryAction.EXPIRED);
        assertThat(events(dossier.id())).contains(NotificationEvent.DOSSIER_EXPIRED);
    }

    @Test
    void amendmentDeadlineNear_remindsTheUnitOnceAndKeepsWaiting() {
        Dossier dossier = fx.dossier(campaign, false, individual("Đinh Thị Hoa", AwardForm.GIAY_KHEN_CHU_TICH_XA));
        ProcessInstance pi = fx.submit(dossier);
        assertThat(pi).isWaitingAt(Stage.AMENDMENT.taskDefinitionKey());

        // deadline 03/09 (01 and 02/09 are holidays): one working day before is Friday 29/08, at 07:30 local
        EngineTestSupport.setNow(java.time.Instant.parse("2025-08-29T00:00:00Z"));
        fx.runDueJobs(dossier.id().toString());
        assertThat(events(dossier.id())).doesNotContain(NotificationEvent.AMENDMENT_DUE_SOON);

        EngineTestSupport.setNow(java.time.Instant.parse("2025-08-29T00:31:00Z"));
        fx.runDueJobs(dossier.id().toString());

        assertThat(pi).isWaitingAt(Stage.AMENDMENT.taskDefinitionKey()).hasPassed("ServiceTask_RemindAmendmentDue");
        assertThat(events(dossier.id())).containsOnlyOnce(NotificationEvent.AMENDMENT_DUE_SOON);
        assertThat(fx.reload(dossier.id()).status()).isEqualTo(DossierStatus.AMENDMENT_REQUESTED);
    }

    @Test
    void noEligibleNominee_rejectsWithReasons() {
        Dossier dossier = fx.dossier(campaign, true, disciplined("Hoàng Văn Em"));

        ProcessInstance pi = fx.submit(dossier);
        fx.runDueJobs(dossier.id().toString());

        assertThat(pi).isEnded().hasPassed("ServiceTask_RejectDossier");
        assertThat(fx.reload(dossier.id()).status()).isEqualTo(DossierStatus.REJECTED);
        HistoryEntry rejected = last(dossier.id(), HistoryAction.REJECTED);
        assertThat(rejected.comment()).contains("Hoàng Văn Em").contains("kỷ luật");
        assertThat(events(dossier.id()))
                .contains(NotificationEvent.DOSSIER_RECEIVED, NotificationEvent.DOSSIER_REJECTED);
    }

    @Test
    void onlyNomineesOnHold_goesToAmendment() {
        Dossier dossier = fx.dossier(campaign, true, onHold("Vũ Thị Giang"));

        ProcessInstance pi = fx.submit(dossier);

        assertThat(pi).isWaitingAt(Stage.AMENDMENT.taskDefinitionKey());
        Dossier waiting = fx.reload(dossier.id());
        assertThat(waiting.status()).isEqualTo(DossierStatus.AMENDMENT_REQUESTED);
        assertThat(waiting.returnComment()).contains("xem xét kỷ luật");
    }

    @Test
    void partyBuildingStageDisabled_startsWithAppraisal() {
        Dossier dossier = fx.dossier(campaign, true, individual("Đỗ Văn Hải", AwardForm.GIAY_KHEN_CHU_TICH_XA));
        dossiers.markSubmitted(dossier.id(), EngineTestSupport.now());

        ProcessInstance pi = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        CommendationProposalVariables.PROCESS_KEY,
                        dossier.id().toString(),
                        CommendationProposalVariables.forStart(fx.reload(dossier.id()), false));

        assertThat(pi).isWaitingAt(Stage.CULTURE_SOCIAL_APPRAISAL.taskDefinitionKey());
        assertThat(pi).task().hasCandidateGroup("culture-social");
        // 20 working days from the complete dossier (Mon 25/08/2025), skipping 01/09 and 02/09
        assertThat(pi).task().hasDueDate(java.util.Date.from(java.time.Instant.parse("2025-09-24T16:59:59.999Z")));
        assertThat(fx.reload(dossier.id()).stage()).isEqualTo(Stage.CULTURE_SOCIAL_APPRAISAL);
    }

    @Test
    void returnAtSelection_sendsTheDossierBackWithTheComment() {
        UUID id = submitted();
        complete(PARTY_BUILDING, id, "{\"outcome\":\"RETURN\",\"comment\":\"Bổ sung biên bản họp\"}");
        assertReturned(id, "Bổ sung biên bản họp");
    }

    @Test
    void returnAtAppraisal_sendsTheDossierBackWithTheComment() {
        UUID id = submitted();
        select(id);
        complete(CULTURE_SOCIAL, id, "{\"outcome\":\"RETURN\",\"comment\":\"Báo cáo thành tích chưa rõ\"}");
        assertReturned(id, "Báo cáo thành tích chưa rõ");
    }

    @Test
    void returnAtChairman_sendsTheDossierBack_andResubmissionRunsEveryStageAgain() {
        UUID id = submitted();
        select(id);
        appraise(id);
        council(id, 6);
        complete(CHAIRMAN, id, "{\"outcome\":\"RETURN\",\"comment\":\"Xem lại thành tích\"}");
        assertReturned(id, "Xem lại thành tích");

        fx.resubmit(id);
        assertThat(fx.instance(id)).isWaitingAt(Stage.PARTY_BUILDING_SELECTION.taskDefinitionKey());
        assertThat(nominees.findByDossier(id).get(0).votesFor()).isNull();
    }

    @Test
    void rejectAtAppraisal_rejectsTheDossier() {
        UUID id = submitted();
        ProcessInstance pi = fx.instance(id);
        select(id);
        complete(CULTURE_SOCIAL, id, "{\"outcome\":\"REJECT\",\"comment\":\"Không đạt tiêu chuẩn\"}");
        fx.runDueJobs(id.toString());

        assertThat(pi).isEnded().hasPassed("ServiceTask_RejectDossier");
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.REJECTED);
        assertThat(nominees.findByDossier(id)).allMatch(n -> n.outcome() == Outcome.NOT_AWARDED);
        assertThat(events(id)).contains(NotificationEvent.DOSSIER_REJECTED);
    }

    @Test
    void councilPassesNobody_rejectsTheDossier() {
        UUID id = submitted();
        ProcessInstance pi = fx.instance(id);
        select(id);
        appraise(id);
        council(id, 4); // 4 of 9 members: not more than half

        fx.runDueJobs(id.toString());
        assertThat(pi).isEnded().hasPassed("ServiceTask_TallyCouncilVotes", "ServiceTask_RejectDossier");
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.REJECTED);
        assertThat(last(id, HistoryAction.REJECTED).comment()).isEqualTo("Hội đồng không thông qua.");
        assertThat(nominees.findByDossier(id).get(0).outcome()).isEqualTo(Outcome.NOT_AWARDED);
        assertThat(nominees.findByDossier(id).get(0).councilPassed()).isFalse();
    }

    @Test
    void councilPassesSome_failedNomineesAreNotAwarded_andTheChairmanDecidesTheRest() {
        Dossier dossier = fx.dossier(
                campaign,
                true,
                individual("Ngô Văn Khải", AwardForm.GIAY_KHEN_CHU_TICH_XA),
                individual("Bùi Thị Lan", AwardForm.GIAY_KHEN_CHU_TICH_XA));
        fx.submit(dossier);
        UUID id = dossier.id();
        List<UUID> n = fx.nomineeIds(id);
        select(id);
        appraise(id);
        complete(COUNCIL, id, """
                {"meetingDate":"2025-08-25","membersTotal":9,"membersPresent":6,
                 "nominees":[{"nomineeId":"%s","votesFor":5},{"nomineeId":"%s","votesFor":4}]}""".formatted(n.get(0), n.get(1)));

        assertThat(fx.instance(id)).isWaitingAt(Stage.CHAIRMAN_DECISION.taskDefinitionKey());
        assertThat(nominees.find(n.get(0)).orElseThrow().outcome()).isEqualTo(Outcome.PENDING);
        assertThat(nominees.find(n.get(1)).orElseThrow().outcome()).isEqualTo(Outcome.NOT_AWARDED);

        complete(
                CHAIRMAN,
                id,
                "{\"outcome\":\"DECIDE\",\"nominees\":[{\"nomineeId\":\"%s\",\"award\":\"NONE\"}]}"
                        .formatted(n.get(0)));
        fx.runDueJobs(id.toString());
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.DECIDED);
        assertThat(nominees.findByDossier(id)).allMatch(x -> x.outcome() == Outcome.NOT_AWARDED);
    }

    @Test
    void provinceProposal_remindsEveryCycle_andTheProvinceDecisionEndsDecided() {
        Dossier dossier = fx.dossier(
                campaign,
                true,
                individual("Đặng Văn Minh", AwardForm.GIAY_KHEN_CHU_TICH_XA),
                collective("Chi hội Phụ nữ thôn 1", AwardForm.BANG_KHEN_CHU_TICH_TINH));
        ProcessInstance pi = fx.submit(dossier);
        UUID id = dossier.id();
        List<UUID> n = fx.nomineeIds(id);
        select(id);
        appraise(id);
        council(id, 7);
        complete(CHAIRMAN, id, """
                {"outcome":"DECIDE","nominees":[{"nomineeId":"%s","award":"GIAY_KHEN_CHU_TICH_XA"},
                 {"nomineeId":"%s","award":"PROPOSE_BANG_KHEN_CHU_TICH_TINH"}]}""".formatted(n.get(0), n.get(1)));
        fx.runDueJobs(id.toString());

        assertThat(pi).isWaitingAt("ReceiveTask_AwaitProvinceDecision");
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.PROVINCE_PENDING);
        assertThat(nominees.find(n.get(0)).orElseThrow().outcome()).isEqualTo(Outcome.GIAY_KHEN_CHU_TICH_XA);
        assertThat(nominees.find(n.get(1)).orElseThrow().outcome()).isEqualTo(Outcome.PROPOSED_BANG_KHEN_CHU_TICH_TINH);
        assertThat(events(id)).contains(NotificationEvent.PROVINCE_PROPOSED);
        assertThat(actions(id)).doesNotContain(HistoryAction.PROVINCE_REMINDER);

        EngineTestSupport.advance(Duration.ofDays(14));
        fx.runDueJobs(id.toString());
        assertThat(actions(id)).doesNotContain(HistoryAction.PROVINCE_REMINDER);
        EngineTestSupport.advance(Duration.ofDays(1).plusMinutes(1));
        fx.runDueJobs(id.toString());
        assertThat(actions(id)).containsOnlyOnce(HistoryAction.PROVINCE_REMINDER);
        assertThat(events(id)).contains(NotificationEvent.PROVINCE_REMINDER);
        assertThat(pi).isWaitingAt("ReceiveTask_AwaitProvinceDecision");

        tx.executeWithoutResult(s -> provinceDecisions.record(
                id,
                CULTURE_SOCIAL,
                new ProvinceDecisionRequest(
                        "1234/QĐ-UBND",
                        // decided today as the moved clock reads it: a province decision is never in the future
                        LocalDate.ofInstant(EngineTestSupport.now(), java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
                        List.of(new ProvinceDecisionRequest.Item(n.get(1), true)))));
        fx.runDueJobs(id.toString());

        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordProvinceDecision");
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.DECIDED);
        Nominee awarded = nominees.find(n.get(1)).orElseThrow();
        assertThat(awarded.outcome()).isEqualTo(Outcome.BANG_KHEN_CHU_TICH_TINH);
        assertThat(awarded.provinceDecisionNumber()).isEqualTo("1234/QĐ-UBND");
        assertThat(nominees.find(n.get(0)).orElseThrow().outcome()).isEqualTo(Outcome.GIAY_KHEN_CHU_TICH_XA);
        assertThat(events(id)).contains(NotificationEvent.PROVINCE_DECIDED);
    }

    @Test
    void overdueTask_isEscalated_andStaysOpen() {
        UUID id = submitted();
        Task task = fx.task(id);

        EngineTestSupport.setNow(task.getDueDate().toInstant().plusSeconds(60));
        fx.runDueJobs(id.toString());

        assertThat(fx.task(id).getId()).isEqualTo(task.getId());
        HistoryEntry overdue = last(id, HistoryAction.OVERDUE);
        assertThat(overdue.stage()).isEqualTo(Stage.PARTY_BUILDING_SELECTION);
        List<Notification> sent = notifications.findByDossier(id).stream()
                .filter(x -> x.event() == NotificationEvent.TASK_OVERDUE)
                .toList();
        assertThat(sent)
                .extracting(Notification::to)
                .containsExactlyInAnyOrder("bxdd@bacson.example", "truongphong@bacson.example");
    }

    @Test
    void withdrawWhileWaiting_endsTheDossierWithdrawn() {
        UUID id = submitted();
        ProcessInstance pi = fx.instance(id);
        select(id);

        fx.withdraw(id);
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.WITHDRAWN);
        fx.runDueJobs(id.toString());

        assertThat(pi).isEnded().hasPassed("ServiceTask_WithdrawDossier");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
        HistoryEntry withdrawn = last(id, HistoryAction.WITHDRAWN);
        assertThat(withdrawn.actor()).isEqualTo("thon1");
        assertThat(events(id)).contains(NotificationEvent.DOSSIER_WITHDRAWN);
    }

    @Test
    void publicPosting_holdsTheDossierUntilTheTimerFires_thenTheCouncilTaskAndItsDeadlineStart() {
        Campaign posted = fx.campaignWithPublicPosting(5);
        Dossier dossier = fx.dossier(posted, true, individual("Lương Văn Phúc", AwardForm.GIAY_KHEN_CHU_TICH_XA));
        ProcessInstance pi = fx.submit(dossier);
        UUID id = dossier.id();
        select(id);
        complete(
                CULTURE_SOCIAL,
                id,
                "{\"outcome\":\"FORWARD\",\"nominees\":[" + each(id, "\"appraisal\":\"DAT\"") + "]}");

        // 5 working days after Monday 25/08/2025 (01 and 02/09 are holidays): until the end of Wednesday 03/09
        java.time.Instant endsAt = java.time.Instant.parse("2025-09-03T16:59:59.999Z");
        assertThat(pi).isWaitingAt("TimerEvent_PublicPostingEnded").hasPassed("ServiceTask_OpenPublicPosting");
        assertThat(fx.task(id)).as("no council task during the posting").isNull();
        assertThat(timerDue(pi)).isEqualTo(java.util.Date.from(endsAt));
        Dossier waiting = fx.reload(id);
        assertThat(waiting.status()).isEqualTo(DossierStatus.IN_REVIEW);
        assertThat(waiting.stage()).isEqualTo(Stage.CULTURE_SOCIAL_APPRAISAL);
        assertThat(last(id, HistoryAction.POSTING_OPENED).comment()).contains("25/08/2025", "03/09/2025");
        assertThat(publicList(posted)).singleElement().satisfies(p -> {
            assertThat(p.dossierId()).isEqualTo(id);
            assertThat(p.endsAt().toInstant()).isEqualTo(endsAt);
            assertThat(p.nominees())
                    .extracting(PostedDossier.PostedNominee::fullName)
                    .containsExactly("Lương Văn Phúc");
        });
        tx.executeWithoutResult(s -> postings.submit(
                id, new FeedbackRequest("Trần Văn Dân", "0912345678", "Ông Phúc rất nhiệt tình.", null), "10.0.0.1"));
        tx.executeWithoutResult(
                s -> postings.submit(id, new FeedbackRequest("Lò Thị Mai", null, "Tôi đồng ý.", null), "10.0.0.5"));
        // the office lead hears of it, once per dossier and hour however many write
        List<Notification> alerts = notifications.findByDossier(id).stream()
                .filter(x -> x.event() == NotificationEvent.PUBLIC_FEEDBACK_RECEIVED)
                .toList();
        assertThat(alerts).extracting(Notification::to).containsExactly("truongphong@bacson.example");

        EngineTestSupport.setNow(java.time.Instant.parse("2025-09-03T16:59:00Z"));
        fx.runDueJobs(id.toString());
        assertThat(pi).isWaitingAt("TimerEvent_PublicPostingEnded");
        assertThat(fx.task(id)).isNull();

        EngineTestSupport.setNow(java.time.Instant.parse("2025-09-03T17:00:00Z")); // 04/09 00:00 in Hà Nội
        fx.runDueJobs(id.toString());

        assertThat(pi)
                .isWaitingAt(Stage.COUNCIL_REVIEW.taskDefinitionKey())
                .hasPassed("ServiceTask_ClosePublicPosting");
        // the council's 10 working days count from Thursday 04/09, when its task appeared: until Thursday 18/09
        assertThat(pi)
                .task()
                .hasCandidateGroup("council")
                .hasDueDate(java.util.Date.from(java.time.Instant.parse("2025-09-18T16:59:59.999Z")));
        assertThat(fx.reload(id).stage()).isEqualTo(Stage.COUNCIL_REVIEW);
        assertThat(last(id, HistoryAction.POSTING_CLOSED).comment()).contains("2 ý kiến");
        assertThat(publicList(posted)).isEmpty();
        assertThatThrownBy(() -> postings.submit(
                        id, new FeedbackRequest("Người đến muộn", null, "Ý kiến sau hạn.", null), "10.0.0.2"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PUBLIC_POSTING_CLOSED));
    }

    @Test
    void noPublicPostingDays_goesStraightFromAppraisalToTheCouncil() {
        Campaign none = fx.campaignWithPublicPosting(0);
        Dossier dossier = fx.dossier(none, true, individual("Hà Thị Quế", AwardForm.GIAY_KHEN_CHU_TICH_XA));
        ProcessInstance pi = fx.submit(dossier);
        select(dossier.id());
        appraise(dossier.id());

        assertThat(pi).hasPassed("Gateway_PublicPostingRequired").hasNotPassed("ServiceTask_OpenPublicPosting");
        assertThat(actions(dossier.id())).doesNotContain(HistoryAction.POSTING_OPENED);
        assertThat(postings.of(List.of(dossier.id()))).isEmpty();
        assertThatThrownBy(() -> postings.submit(
                        dossier.id(), new FeedbackRequest("Người dân", null, "Ý kiến.", null), "10.0.0.3"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PUBLIC_POSTING_NOT_FOUND));
    }

    @Test
    void withdrawDuringThePosting_cancelsTheTimerAndStopsTheFeedback() {
        Campaign posted = fx.campaignWithPublicPosting(3);
        Dossier dossier = fx.dossier(posted, true, individual("Vi Văn Sơn", AwardForm.GIAY_KHEN_CHU_TICH_XA));
        ProcessInstance pi = fx.submit(dossier);
        UUID id = dossier.id();
        select(id);
        complete(
                CULTURE_SOCIAL,
                id,
                "{\"outcome\":\"FORWARD\",\"nominees\":[" + each(id, "\"appraisal\":\"DAT\"") + "]}");
        assertThat(pi).isWaitingAt("TimerEvent_PublicPostingEnded");

        fx.withdraw(id);
        // withdrawn at once: off the public list and closed to feedback before the process has caught up
        assertThat(publicList(posted)).isEmpty();
        assertThatThrownBy(
                        () -> postings.submit(id, new FeedbackRequest("Người dân", null, "Ý kiến.", null), "10.0.0.4"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PUBLIC_POSTING_CLOSED));
        fx.runDueJobs(id.toString());

        assertThat(pi)
                .isEnded()
                .hasPassed("ServiceTask_WithdrawDossier")
                .hasNotPassed("ServiceTask_ClosePublicPosting");
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .as("the posting's timer is gone")
                .isZero();
        assertThat(fx.reload(id).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(last(id, HistoryAction.POSTING_CLOSED).comment()).contains("rút");
        assertThat(postings.of(List.of(id)).get(id).open()).isFalse();
    }

    @Test
    void windowClosedAtSubmit_refusesAndStartsNothing() {
        Dossier dossier = fx.dossier(campaign, true, individual("Mai Văn Nam", AwardForm.GIAY_KHEN_CHU_TICH_XA));
        EngineTestSupport.setNow(java.time.Instant.parse("2025-09-09T17:00:00Z")); // 10/09 00:00 in Hà Nội

        assertThatThrownBy(() -> fx.submit(dossier))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.SUBMISSION_WINDOW_CLOSED);
        assertThat(fx.reload(dossier.id()).status()).isEqualTo(DossierStatus.DRAFT);
        assertThat(fx.instance(dossier.id())).isNull();
    }

    @Test
    void selectionCompletedInCamundaTasklist_goesThroughTheSameRules() {
        UUID id = submitted();
        var task = fx.task(id);
        var taskService = engine.getTaskService();
        var identity = engine.getIdentityService();
        // the form's rows are filled from a JSON variable of the task's scope: every nominee still in the running
        assertThat(taskService.getVariable(task.getId(), "nominees").toString())
                .contains(fx.nomineeIds(id).get(0).toString());

        identity.setAuthentication("thon1", List.of("unit", "thon-1"), List.of(DEFAULT_COMMUNE));
        try {
            // not a candidate: the engine's own authorization (TASK_WORK) refuses before any of our code runs
            assertThatThrownBy(() -> taskService.complete(task.getId(), java.util.Map.of("outcome", "FORWARD")))
                    .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
            identity.setAuthentication("bxdd", List.of("party-building"), List.of(DEFAULT_COMMUNE));
            // FORWARD without the nominee rows: refused by the same validation as the API, the task stays
            assertThatThrownBy(() -> taskService.complete(task.getId(), java.util.Map.of("outcome", "FORWARD")))
                    .hasMessageContaining("Dữ liệu gửi lên chưa hợp lệ")
                    .hasMessageContaining("nominees");
            identity.clearAuthentication(); // bxdd may not read process instances: look as the application
            assertThat(fx.instance(id)).isWaitingAt(Stage.PARTY_BUILDING_SELECTION.taskDefinitionKey());

            identity.setAuthentication("bxdd", List.of("party-building"), List.of(DEFAULT_COMMUNE));
            String rows = "[{\"nomineeId\":\"" + fx.nomineeIds(id).get(0) + "\",\"selected\":true}]";
            taskService.complete(
                    task.getId(),
                    java.util.Map.of(
                            "outcome",
                            "FORWARD",
                            "comment",
                            "Chọn qua Tasklist",
                            "nominees",
                            org.camunda.spin.plugin.variable.SpinValues.jsonValue(rows)
                                    .create()));
        } finally {
            identity.clearAuthentication();
        }

        assertThat(fx.instance(id)).isWaitingAt(Stage.CULTURE_SOCIAL_APPRAISAL.taskDefinitionKey());
        HistoryEntry selected = last(id, HistoryAction.SELECTED);
        assertThat(selected.actor()).isEqualTo("bxdd");
        assertThat(selected.comment()).isEqualTo("Chọn qua Tasklist");
        assertThat(nominees.findByDossier(id).get(0).selected()).isTrue();
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private UUID submitted() {
        Dossier dossier = fx.dossier(
                campaign,
                true,
                individual("Người " + UUID.randomUUID().toString().substring(0, 6), AwardForm.GIAY_KHEN_CHU_TICH_XA));
        fx.submit(dossier);
        return dossier.id();
    }

    private void decideGiayKhen(UUID id) {
        select(id);
        appraise(id);
        council(id, 6);
        UUID nominee = fx.nomineeIds(id).get(0);
        complete(
                CHAIRMAN,
                id,
                "{\"outcome\":\"DECIDE\",\"nominees\":[{\"nomineeId\":\"%s\",\"award\":\"GIAY_KHEN_CHU_TICH_XA\"}]}"
                        .formatted(nominee));
        fx.runDueJobs(id.toString());
    }

    private void select(UUID id) {
        complete(PARTY_BUILDING, id, "{\"outcome\":\"FORWARD\",\"nominees\":[" + each(id, "\"selected\":true") + "]}");
        assertThat(fx.instance(id)).isWaitingAt(Stage.CULTURE_SOCIAL_APPRAISAL.taskDefinitionKey());
    }

    private void appraise(UUID id) {
        complete(
                CULTURE_SOCIAL,
                id,
                "{\"outcome\":\"FORWARD\",\"nominees\":[" + each(id, "\"appraisal\":\"DAT\"") + "]}");
        assertThat(fx.instance(id)).isWaitingAt(Stage.COUNCIL_REVIEW.taskDefinitionKey());
    }

    private void council(UUID id, int votesFor) {
        complete(
                COUNCIL,
                id,
                "{\"meetingDate\":\"2025-08-25\",\"membersTotal\":9,\"membersPresent\":7,\"nominees\":["
                        + each(id, "\"votesFor\":" + votesFor) + "]}");
    }

    private String each(UUID dossierId, String fields) {
        return String.join(
                ",",
                nominees.findByDossier(dossierId).stream()
                        .filter(Nominee::isInRunning)
                        .map(n -> "{\"nomineeId\":\"" + n.id() + "\"," + fields + "}")
                        .toList());
    }

    private void complete(vn.bacson.khenthuong.identity.CurrentUser user, UUID dossierId, String payload) {
        completion.complete(fx.task(dossierId).getId(), user, fx.payload(payload));
    }

    private void assertReturned(UUID id, String comment) {
        assertThat(fx.instance(id)).isWaitingAt(Stage.AMENDMENT.taskDefinitionKey());
        Dossier dossier = fx.reload(id);
        assertThat(dossier.status()).isEqualTo(DossierStatus.AMENDMENT_REQUESTED);
        assertThat(dossier.returnComment()).isEqualTo(comment);
        assertThat(last(id, HistoryAction.RETURNED).comment()).isEqualTo(comment);
        assertThat(events(id)).contains(NotificationEvent.DOSSIER_RETURNED);
    }

    private List<NotificationEvent> events(UUID dossierId) {
        return notifications.findByDossier(dossierId).stream()
                .map(Notification::event)
                .toList();
    }

    private List<HistoryAction> actions(UUID dossierId) {
        return history.findByDossier(dossierId).stream()
                .map(HistoryEntry::action)
                .toList();
    }

    private HistoryEntry last(UUID dossierId, HistoryAction action) {
        List<HistoryEntry> matching = history.findByDossier(dossierId).stream()
                .filter(h -> h.action() == action)
                .toList();
        assertThat(matching).as("history " + action).isNotEmpty();
        return matching.get(matching.size() - 1);
    }

    private java.util.Date timerDue(ProcessInstance pi) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .activityId("TimerEvent_PublicPostingEnded")
                .singleResult()
                .getDuedate();
    }

    private List<PostedDossier> publicList(Campaign campaign) {
        return postings.openPostings(campaign.id(), vn.bacson.khenthuong.common.PageQuery.of(0, 50))
                .items();
    }

    private String decisionNumber(Nominee nominee) {
        return jdbc.sql("select number from decision where id = ?")
                .param(nominee.decisionId())
                .query(String.class)
                .single();
    }
}
