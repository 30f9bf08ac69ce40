package vn.bacson.khenthuong.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import vn.bacson.khenthuong.campaign.CampaignWorkflow;
import vn.bacson.khenthuong.dossier.DocumentRepository;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierWorkflow;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.notification.Notification;
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.notification.NotificationRecorder;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.unit.UnitRepository;

/** One test per path of bpmn/EmulationCampaign.bpmn; timers fired by moving the engine clock. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:proposal-process;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false",
            "app.demo-data=false"
        })
class EmulationCampaignProcessTest {

    /** Congress 20/08/2025 + 20 days: the window closes at the end of 09/09/2025 in Hà Nội. */
    static final LocalDate CONGRESS = LocalDate.of(2025, 8, 20);

    static final Instant OPENS = Instant.parse("2025-08-19T17:00:00Z");
    static final Instant CLOSES = Instant.parse("2025-09-09T16:59:59.999Z");

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
    DossierWorkflow dossierWorkflow;

    @Autowired
    CampaignWorkflow workflow;

    @Autowired
    NotificationRecorder notifications;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    ProposalFixture fx;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        EngineTestSupport.setNow(Instant.parse("2025-08-01T02:00:00Z"));
        fx = new ProposalFixture(engine, units, campaigns, dossiers, nominees, documents, dossierWorkflow, tx, jdbc);
        fx.seedPeople();
    }

    @AfterEach
    void resetClock() {
        EngineTestSupport.resetClock();
    }

    @Test
    void launch_announcesTheCampaignToEveryActiveUnit() {
        Campaign campaign = launch(CONGRESS);

        assertThat(sent(campaign, NotificationEvent.CAMPAIGN_LAUNCHED))
                .extracting(Notification::to)
                .contains("thon-1@bacson.example", "thon-2@bacson.example")
                .doesNotContain("thon-cu@bacson.example");
        assertThat(instance(campaign)).isWaitingAt("TimerEvent_WindowOpens");
    }

    @Test
    void withoutCongressDate_waitsForIt_andAChangedDateStartsTheWindow() {
        Campaign campaign = launch(null);
        assertThat(instance(campaign)).isWaitingAt("ReceiveTask_AwaitCongressDate");

        Campaign dated = change(campaign, CONGRESS);

        assertThat(instance(dated)).isWaitingAt("TimerEvent_WindowOpens");
        assertThat(engine.getRuntimeService().getVariable(instance(dated).getId(), "closesAt"))
                .isEqualTo(java.util.Date.from(CLOSES));
    }

    @Test
    void windowOpens_isAnnounced() {
        Campaign campaign = launch(CONGRESS);

        EngineTestSupport.setNow(OPENS.minusSeconds(60));
        run(campaign);
        assertThat(sent(campaign, NotificationEvent.WINDOW_OPENED)).isEmpty();

        EngineTestSupport.setNow(OPENS.plusSeconds(1));
        run(campaign);
        assertThat(sent(campaign, NotificationEvent.WINDOW_OPENED))
                .extracting(Notification::to)
                .contains("thon-1@bacson.example", "thon-2@bacson.example");
        assertThat(instance(campaign)).isWaitingAt("TimerEvent_WindowCloses", "TimerEvent_ReminderDue");
    }

    @Test
    void reminders_goOnlyToUnitsWithoutASubmittedDossier() {
        Campaign campaign = launch(CONGRESS);
        EngineTestSupport.setNow(OPENS.plusSeconds(1));
        run(campaign);
        Dossier submitted = fx.dossier(campaign, true);
        dossiers.markSubmitted(submitted.id(), EngineTestSupport.now()); // thon-1 has submitted

        EngineTestSupport.setNow(CLOSES.minus(java.time.Duration.ofDays(5)).plusSeconds(1));
        run(campaign);

        List<Notification> reminders = sent(campaign, NotificationEvent.SUBMISSION_REMINDER);
        assertThat(reminders)
                .extracting(Notification::to)
                .contains("thon-2@bacson.example")
                .doesNotContain("thon-1@bacson.example", "thon-cu@bacson.example");
        int afterFirst = reminders.size();

        EngineTestSupport.setNow(CLOSES.minus(java.time.Duration.ofDays(1)).plusSeconds(1));
        run(campaign);
        assertThat(sent(campaign, NotificationEvent.SUBMISSION_REMINDER)).hasSize(afterFirst * 2);
        assertThat(instance(campaign)).isWaitingAt("TimerEvent_WindowCloses");
    }

    @Test
    void windowCloses_reportsToTheOfficeLead_andEnds() {
        Campaign campaign = launch(CONGRESS);
        EngineTestSupport.setNow(OPENS.plusSeconds(1));
        run(campaign);
        ProcessInstance pi = instance(campaign);

        EngineTestSupport.setNow(CLOSES.plusSeconds(1));
        run(campaign);

        List<Notification> closed = sent(campaign, NotificationEvent.WINDOW_CLOSED);
        assertThat(closed).extracting(Notification::to).containsExactly("truongphong@bacson.example");
        assertThat(closed.get(0).payload()).contains("notSubmitted").contains("Thôn 2");
        assertThat(pi).isEnded().hasPassed("ServiceTask_CloseWindow", "EndEvent_CampaignWindowClosed");
    }

    @Test
    void windowChanged_movesTheTimers() {
        Campaign campaign = launch(CONGRESS);
        EngineTestSupport.setNow(OPENS.plusSeconds(1));
        run(campaign);

        Campaign moved = change(campaign, CONGRESS.plusDays(10)); // closes at the end of 19/09/2025
        Instant newCloses = Instant.parse("2025-09-19T16:59:59.999Z");

        EngineTestSupport.setNow(CLOSES.plusSeconds(60));
        run(moved);
        assertThat(sent(moved, NotificationEvent.WINDOW_CLOSED)).isEmpty();
        assertThat(instance(moved)).isNotNull();
        // the new window opened on 30/08 and is announced again with its new deadline
        assertThat(sent(moved, NotificationEvent.WINDOW_OPENED).stream()
                        .map(Notification::dedupeKey)
                        .distinct())
                .hasSize(2);

        EngineTestSupport.setNow(newCloses.plusSeconds(1));
        run(moved);
        assertThat(sent(moved, NotificationEvent.WINDOW_CLOSED)).hasSize(1);
        assertThat(instance(moved)).isNull();
    }

    private Campaign launch(LocalDate congressDate) {
        Campaign campaign = fx.campaign(
                congressDate, EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA, AwardForm.BANG_KHEN_CHU_TICH_TINH));
        tx.executeWithoutResult(s -> workflow.launched(campaign));
        run(campaign);
        return campaign;
    }

    private Campaign change(Campaign campaign, LocalDate congressDate) {
        Campaign changed = new Campaign(
                campaign.id(),
                campaign.code(),
                campaign.title(),
                campaign.planNumber(),
                campaign.launchedOn(),
                congressDate,
                campaign.windowDays(),
                campaign.awardForms(),
                campaign.launchedBy(),
                campaign.createdAt(),
                campaign.createdBy());
        tx.executeWithoutResult(s -> {
            campaigns.update(changed);
            workflow.windowChanged(changed);
        });
        run(changed);
        return changed;
    }

    private void run(Campaign campaign) {
        fx.runDueJobs(campaign.code());
    }

    private ProcessInstance instance(Campaign campaign) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(EmulationCampaignVariables.PROCESS_KEY)
                .processInstanceBusinessKey(campaign.code())
                .singleResult();
    }

    private List<Notification> sent(Campaign campaign, NotificationEvent event) {
        UUID id = campaign.id();
        return notifications.findByCampaign(id).stream()
                .filter(n -> n.event() == event)
                .toList();
    }
}
