package vn.bacson.khenthuong.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.bacson.khenthuong.process.ProposalFixture.CHAIRMAN;
import static vn.bacson.khenthuong.process.ProposalFixture.COUNCIL;
import static vn.bacson.khenthuong.process.ProposalFixture.CULTURE_SOCIAL;
import static vn.bacson.khenthuong.process.ProposalFixture.PARTY_BUILDING;
import static vn.bacson.khenthuong.process.ProposalFixture.UNIT_USER;
import static vn.bacson.khenthuong.process.ProposalFixture.individual;
import static vn.bacson.khenthuong.support.DefaultCommuneExtension.DEFAULT_COMMUNE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
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
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.dossier.DocumentRepository;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierWorkflow;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.unit.UnitRepository;

/** The task payloads of API.md "Tasks": what is refused, with which code and field, and who wins a race. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:proposal-process;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false",
            "app.demo-data=false"
        })
class TaskCompletionServiceTest {

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
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    ProposalFixture fx;
    UUID dossierId;
    UUID nomineeId;

    @BeforeEach
    void setUp() {
        EngineTestSupport.setNow(ProposalFixture.MONDAY);
        fx = new ProposalFixture(engine, units, campaigns, dossiers, nominees, documents, workflow, tx, jdbc);
        fx.seedPeople();
        Campaign campaign =
                fx.campaign(java.time.LocalDate.of(2025, 8, 20), EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA));
        Dossier dossier = fx.dossier(
                campaign,
                true,
                individual(
                        "Nguyễn Văn " + UUID.randomUUID().toString().substring(0, 4), AwardForm.GIAY_KHEN_CHU_TICH_XA));
        fx.submit(dossier);
        dossierId = dossier.id();
        nomineeId = fx.nomineeIds(dossierId).get(0);
    }

    @AfterEach
    void resetClock() {
        EngineTestSupport.resetClock();
    }

    @Test
    void aNomineeOfAnotherDossierIsUnknown() {
        DomainException e = refused(PARTY_BUILDING, """
                {"outcome":"FORWARD","nominees":[{"nomineeId":"%s","selected":true}]}""".formatted(UUID.randomUUID()));
        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_NOMINEE);
        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("nominees[0].nomineeId");
    }

    @Test
    void outcomeAndEveryNomineeAreRequired() {
        DomainException e = refused(PARTY_BUILDING, "{\"outcome\":\"MAYBE\"}");
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .contains(org.assertj.core.groups.Tuple.tuple("outcome", "INVALID_VALUE"));

        DomainException missing = refused(PARTY_BUILDING, "{\"outcome\":\"FORWARD\",\"nominees\":[]}");
        assertThat(missing.violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nominees", "MISSING_NOMINEE"));
    }

    @Test
    void returnNeedsAComment() {
        DomainException e = refused(PARTY_BUILDING, "{\"outcome\":\"RETURN\",\"comment\":\"  \"}");
        assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("comment", "REQUIRED"));
    }

    @Test
    void appraisalOfEachNomineeIsRequired_andTheAwardMustBeOfTheCampaign() {
        select();
        DomainException e = refused(CULTURE_SOCIAL, """
                {"outcome":"FORWARD","nominees":[{"nomineeId":"%s","recommendedAward":"BANG_KHEN_CHU_TICH_TINH"}]}""".formatted(nomineeId));
        assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("nominees[0].appraisal", "REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple(
                                "nominees[0].recommendedAward", "AWARD_FORM_NOT_IN_CAMPAIGN"));
    }

    @Test
    void councilWithoutQuorumIsRefused_andVotesCannotExceedThePresent() {
        select();
        appraise();
        DomainException quorum = refused(COUNCIL, """
                {"meetingDate":"2025-08-25","membersTotal":9,"membersPresent":5,
                 "nominees":[{"nomineeId":"%s","votesFor":5}]}""".formatted(nomineeId));
        assertThat(quorum.violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("membersPresent", "QUORUM_NOT_MET"));

        DomainException votes = refused(COUNCIL, """
                {"meetingDate":"2025-08-25","membersTotal":9,"membersPresent":6,
                 "nominees":[{"nomineeId":"%s","votesFor":7}]}""".formatted(nomineeId));
        assertThat(votes.violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nominees[0].votesFor", "MAX"));

        DomainException incomplete = refused(
                COUNCIL, "{\"meetingDate\":\"2025-08-25\",\"membersTotal\":9,\"membersPresent\":6,\"nominees\":[]}");
        assertThat(incomplete.code()).isEqualTo(ErrorCode.INCOMPLETE_VOTES);
    }

    @Test
    void chairmanMayNotProposeBangKhenWhenTheCampaignDoesNotOfferIt() {
        select();
        appraise();
        complete(COUNCIL, """
                {"meetingDate":"2025-08-25","membersTotal":9,"membersPresent":7,
                 "nominees":[{"nomineeId":"%s","votesFor":6}]}""".formatted(nomineeId));
        DomainException e = refused(CHAIRMAN, """
                {"outcome":"DECIDE","nominees":[{"nomineeId":"%s","award":"PROPOSE_BANG_KHEN_CHU_TICH_TINH"}]}""".formatted(nomineeId));
        assertThat(e.violations()).extracting(FieldViolation::code).containsExactly("AWARD_FORM_NOT_IN_CAMPAIGN");
    }

    @Test
    void anotherGroupDoesNotSeeTheTask_andAnAmendmentTaskIsCompletedByResubmitting() {
        assertThat(refused(CULTURE_SOCIAL, "{\"outcome\":\"FORWARD\"}").code()).isEqualTo(ErrorCode.TASK_NOT_FOUND);
        complete(PARTY_BUILDING, "{\"outcome\":\"RETURN\",\"comment\":\"Thiếu chữ ký\"}");
        assertThat(refused(UNIT_USER, "{}").code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refused(CHAIRMAN, "{}").code()).isEqualTo(ErrorCode.TASK_NOT_FOUND);
    }

    @Test
    void aTaskClaimedBySomeoneElseCannotBeCompleted() {
        engine.getTaskService().claim(fx.task(dossierId).getId(), "someone-else");
        assertThat(refused(PARTY_BUILDING, selectPayload()).code()).isEqualTo(ErrorCode.TASK_ALREADY_CLAIMED);
    }

    @Test
    void completingTwiceAnswersAlreadyCompleted() {
        String taskId = fx.task(dossierId).getId();
        completion.complete(taskId, PARTY_BUILDING, fx.payload(selectPayload()));
        DomainException e = catchThrowableOfType(
                DomainException.class, () -> completion.complete(taskId, PARTY_BUILDING, fx.payload(selectPayload())));
        assertThat(e.code()).isEqualTo(ErrorCode.TASK_ALREADY_COMPLETED);
        assertThat(catchThrowableOfType(
                                DomainException.class,
                                () -> completion.complete("no-such-task", PARTY_BUILDING, fx.payload("{}")))
                        .code())
                .isEqualTo(ErrorCode.TASK_NOT_FOUND);
    }

    /**
     * Eight reviewers of one group complete the same task at once, without claiming first, over several rounds:
     * one wins, every other answer is a 409 code (on H2 a loser once met "name is null" inside the engine: 500).
     */
    @Test
    void concurrentCompletions_exactlyOneWins_everyLoserGetsAConflictCode() throws Exception {
        int reviewers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(reviewers);
        try {
            for (int round = 0; round < 5; round++) {
                if (round > 0) {
                    newDossier();
                }
                String taskId = fx.task(dossierId).getId();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < reviewers; i++) {
                    CurrentUser user =
                            i == 0 ? PARTY_BUILDING : new CurrentUser("bxdd" + (i + 1), PARTY_BUILDING.roles(), null);
                    String payload = selectPayload();
                    results.add(pool.submit(CommuneContext.wrap(DEFAULT_COMMUNE, () -> {
                        start.await();
                        try {
                            completion.complete(taskId, user, fx.payload(payload));
                            return "OK";
                        } catch (DomainException e) {
                            return e.code().name();
                        } catch (RuntimeException e) {
                            return "FAULT " + e;
                        }
                    })));
                }
                start.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> result : results) {
                    outcomes.add(result.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes).as("round %d", round).containsOnlyOnce("OK");
                assertThat(outcomes)
                        .as("round %d", round)
                        .filteredOn(o -> !o.equals("OK"))
                        .allMatch(o -> o.equals(ErrorCode.TASK_ALREADY_COMPLETED.name())
                                || o.equals(ErrorCode.TASK_ALREADY_CLAIMED.name()));
                assertThat(fx.task(dossierId).getTaskDefinitionKey()).isEqualTo("UserTask_AppraiseDossier");
                assertThat(jdbc.sql("select count(*) from dossier_history where dossier_id = ? and action = 'SELECTED'")
                                .param(dossierId)
                                .query(Integer.class)
                                .single())
                        .as("round %d: one history line for the one completion", round)
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void newDossier() {
        Campaign campaign =
                fx.campaign(java.time.LocalDate.of(2025, 8, 20), EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA));
        Dossier dossier = fx.dossier(
                campaign,
                true,
                individual(
                        "Nguyễn Văn " + UUID.randomUUID().toString().substring(0, 4), AwardForm.GIAY_KHEN_CHU_TICH_XA));
        fx.submit(dossier);
        dossierId = dossier.id();
        nomineeId = fx.nomineeIds(dossierId).get(0);
    }

    private String selectPayload() {
        return "{\"outcome\":\"FORWARD\",\"nominees\":[{\"nomineeId\":\"%s\",\"selected\":true}]}".formatted(nomineeId);
    }

    private void select() {
        complete(PARTY_BUILDING, selectPayload());
    }

    private void appraise() {
        complete(
                CULTURE_SOCIAL,
                "{\"outcome\":\"FORWARD\",\"nominees\":[{\"nomineeId\":\"%s\",\"appraisal\":\"DAT\"}]}"
                        .formatted(nomineeId));
    }

    private void complete(CurrentUser user, String payload) {
        completion.complete(fx.task(dossierId).getId(), user, fx.payload(payload));
    }

    private DomainException refused(CurrentUser user, String payload) {
        String taskId = fx.task(dossierId).getId();
        DomainException e = catchThrowableOfType(
                DomainException.class, () -> completion.complete(taskId, user, fx.payload(payload)));
        assertThat(e).as("refused").isNotNull();
        assertThat(fx.task(dossierId).getId()).as("task still open").isEqualTo(taskId);
        return e;
    }
}
