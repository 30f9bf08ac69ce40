package vn.bacson.khenthuong.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignLevel;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryEntry;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * The task list's visibility, order, paging, filters and claims, on the application's engine with the task
 * projection (H2 in memory): one one-task process per stage stands in for CommendationProposal, with a dossier row
 * behind each instance. The engine clock moves one second per started task, so "then by creation" is observable.
 * Its own in-memory database (its own Spring context), so the process tests' open tasks do not show up here.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:task-list;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false",
            "app.demo-data=false",
            // the process tests' context keeps the default profile's mail catcher on its port
            "app.mail.catcher.enabled=false"
        })
class TaskListServiceTest {

    private static final Instant NOW = Instant.parse("2025-09-10T03:00:00Z");
    private static final CurrentUser VHXH = user("vhxh", "phong-vhxh", Roles.CULTURE_SOCIAL);
    private static final CurrentUser VHXH2 = user("vhxh2", "phong-vhxh", Roles.CULTURE_SOCIAL);
    private static final CurrentUser COUNCIL = user("hoidong", null, Roles.COUNCIL);
    private static final CurrentUser THON1 = user("thon1", "thon-1", Roles.UNIT);
    private static final CurrentUser THON2 = user("thon2", "thon-2", Roles.UNIT);

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskListService service;

    @Autowired
    UnitRepository units;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    HistoryRepository history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskProjectionReconciler reconciler;

    private Campaign campaign;
    private Deployment deployment;

    @BeforeEach
    void deploy() {
        EngineTestSupport.setNow(NOW);
        units.save(new Unit("thon-1", "Đơn vị thon-1", "thon-1@bacson.example", false));
        units.save(new Unit("thon-2", "Đơn vị thon-2", "thon-2@bacson.example", false));
        campaign = new Campaign(
                UUID.randomUUID(),
                "DH-" + UUID.randomUUID().toString().substring(0, 8),
                "Thi đua chào mừng Đại hội",
                "05/KH-UBND",
                LocalDate.of(2025, 7, 10),
                LocalDate.of(2025, 8, 20),
                20,
                EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA),
                CampaignLevel.COMMUNE,
                NOW,
                "vhxh");
        campaigns.insert(campaign);
        var builder = engine.getRepositoryService().createDeployment();
        for (Stage stage : Stage.values()) {
            builder.addModelInstance("fixture-" + stage + ".bpmn", oneTask(stage));
        }
        deployment = builder.deploy();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        EngineTestSupport.resetClock();
    }

    @Test
    void reviewerSeesTheTasksOfTheirGroupOnly() {
        String appraisal = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        start(Stage.COUNCIL_REVIEW, null, "thon-1");
        start(Stage.AMENDMENT, null, "thon-1");

        assertThat(ids(service.list(VHXH, TaskFilter.none(), page(0, 20)))).containsExactly(appraisal);
        assertThat(service.list(COUNCIL, TaskFilter.none(), page(0, 20)).items())
                .extracting(TaskItem::stage)
                .containsExactly(Stage.COUNCIL_REVIEW);
    }

    @Test
    void userTasksOutsideTheStagesAreNotListed() {
        String appraisal = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        Deployment other = engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "other.bpmn",
                        Bpmn.createExecutableProcess("Fixture_Other")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("UserTask_SomethingElse")
                                .camundaCandidateGroups(Roles.CULTURE_SOCIAL)
                                .endEvent()
                                .done())
                .deploy();
        try {
            engine.getRuntimeService()
                    .startProcessInstanceByKey(
                            "Fixture_Other", UUID.randomUUID().toString());

            assertThat(ids(service.list(VHXH, TaskFilter.none(), page(0, 20)))).containsExactly(appraisal);
            assertThat(jdbc.sql("select count(*) from task_projection")
                            .query(Long.class)
                            .single())
                    .isOne();
        } finally {
            engine.getRepositoryService().deleteDeployment(other.getId(), true);
        }
    }

    @Test
    void unitSeesOnlyItsOwnAmendmentTasks() {
        String own = start(Stage.AMENDMENT, null, "thon-1");
        start(Stage.AMENDMENT, null, "thon-2");
        start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");

        assertThat(ids(service.list(THON1, TaskFilter.none(), page(0, 20)))).containsExactly(own);
    }

    @Test
    void tasksClaimedByAColleagueStayVisibleWithTheirAssignee() {
        String task = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        taskService.claim(task, VHXH2.username());

        TaskItem item =
                service.list(VHXH, TaskFilter.none(), page(0, 20)).items().get(0);

        assertThat(item.id()).isEqualTo(task);
        assertThat(item.assignee()).isEqualTo("vhxh2");
        assertThat(ids(service.list(VHXH, mine(), page(0, 20)))).isEmpty();
        assertThat(ids(service.list(VHXH2, mine(), page(0, 20)))).containsExactly(task);
    }

    @Test
    void aTaskAssignedToTheCallerIsVisibleEvenOutsideTheirGroups() {
        String task = start(Stage.COUNCIL_REVIEW, null, "thon-1");
        taskService.setAssignee(task, VHXH.username());

        assertThat(ids(service.list(VHXH, TaskFilter.none(), page(0, 20)))).containsExactly(task);

        taskService.setAssignee(task, null);

        assertThat(ids(service.list(VHXH, TaskFilter.none(), page(0, 20)))).isEmpty();
        assertThat(service.list(COUNCIL, TaskFilter.none(), page(0, 20)).items())
                .extracting(TaskItem::assignee)
                .containsOnlyNulls();
    }

    @Test
    void sortedByDueDateWithTheUndatedLastThenByCreation() {
        String undated = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        String late = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(9)), "thon-1");
        String soon = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(2)), "thon-1");
        String overdue = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.minus(Duration.ofDays(1)), "thon-1");
        String sameDueLater = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(2)), "thon-1");
        String undatedLater = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");

        PageResult<TaskItem> all = service.list(VHXH, TaskFilter.none(), page(0, 20));

        assertThat(ids(all)).containsExactly(overdue, soon, sameDueLater, late, undated, undatedLater);
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.items()).extracting(TaskItem::overdue).containsExactly(true, false, false, false, false, false);
    }

    @Test
    void pagesRunAcrossDatedAndUndatedTasks() {
        String undated1 = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        String undated2 = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        String dated1 = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(1)), "thon-1");
        String dated2 = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(2)), "thon-1");
        String dated3 = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(3)), "thon-1");

        PageResult<TaskItem> first = service.list(VHXH, TaskFilter.none(), page(0, 2));
        PageResult<TaskItem> second = service.list(VHXH, TaskFilter.none(), page(1, 2));
        PageResult<TaskItem> third = service.list(VHXH, TaskFilter.none(), page(2, 2));
        PageResult<TaskItem> beyond = service.list(VHXH, TaskFilter.none(), page(3, 2));

        assertThat(ids(first)).containsExactly(dated1, dated2);
        assertThat(ids(second)).containsExactly(dated3, undated1);
        assertThat(ids(third)).containsExactly(undated2);
        assertThat(ids(beyond)).isEmpty();
        assertThat(List.of(first.total(), second.total(), third.total(), beyond.total()))
                .containsOnly(5L);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
    }

    @Test
    void overdueFilterSplitsLateFromOnTimeAndUndated() {
        String undated = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        String onTime = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofHours(1)), "thon-1");
        String late = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.minus(Duration.ofHours(1)), "thon-1");

        assertThat(ids(service.list(VHXH, new TaskFilter(null, null, null, true, false), page(0, 20))))
                .containsExactly(late);
        assertThat(ids(service.list(VHXH, new TaskFilter(null, null, null, false, false), page(0, 20))))
                .containsExactly(onTime, undated);

        EngineTestSupport.setNow(NOW.plus(Duration.ofHours(2)));

        assertThat(ids(service.list(VHXH, new TaskFilter(null, null, null, true, false), page(0, 20))))
                .containsExactly(late, onTime);
    }

    @Test
    void stageFilterSelectsOneStage() {
        CurrentUser both = user("both", null, Roles.CULTURE_SOCIAL, Roles.COUNCIL);
        start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        String council = start(Stage.COUNCIL_REVIEW, null, "thon-1");

        assertThat(ids(service.list(both, new TaskFilter(Stage.COUNCIL_REVIEW, null, null, null, false), page(0, 20))))
                .containsExactly(council);
    }

    @Test
    void campaignAndUnitFiltersRestrictToTheMatchingDossiers() {
        String inCampaign = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        String otherUnit = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-2");

        assertThat(ids(service.list(VHXH, new TaskFilter(null, campaign.id(), "thon-1", null, false), page(0, 20))))
                .containsExactly(inCampaign);
        assertThat(ids(service.list(VHXH, new TaskFilter(null, campaign.id(), null, null, false), page(0, 20))))
                .containsExactly(inCampaign, otherUnit);
        assertThat(service.list(VHXH, new TaskFilter(null, UUID.randomUUID(), null, null, false), page(0, 20))
                        .total())
                .isZero();
    }

    @Test
    void itemsCarryTheDossierUnitCampaignAndNomineeCount() {
        Instant due = NOW.plus(Duration.ofDays(3));
        String task = start(Stage.CULTURE_SOCIAL_APPRAISAL, due, "thon-1");

        TaskItem item = service.get(VHXH, task);

        UUID dossier = dossierOf(task);
        assertThat(item.dossierId()).isEqualTo(dossier);
        assertThat(item.stage()).isEqualTo(Stage.CULTURE_SOCIAL_APPRAISAL);
        assertThat(item.name()).isEqualTo("Thẩm định hồ sơ");
        assertThat(item.dossierTitle()).isEqualTo("Hồ sơ thon-1");
        assertThat(item.unit()).isEqualTo(new TaskItem.UnitRef("thon-1", "Đơn vị thon-1"));
        assertThat(item.campaignCode()).isEqualTo(campaign.code());
        assertThat(item.nomineeCount()).isEqualTo(3);
        assertThat(item.due()).isEqualTo(due);
        assertThat(item.overdue()).isFalse();
        assertThat(item.created()).isEqualTo(NOW);
        assertThat(item.assignee()).isNull();
        assertThat(service.list(VHXH, TaskFilter.none(), page(0, 20)).items()).containsExactly(item);
    }

    @Test
    void theListShowsTheDossierTitleAsItIsNow() {
        String task = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        dossiers.updateTitle(dossierOf(task), "Tên hồ sơ đã sửa", NOW);

        assertThat(service.list(VHXH, TaskFilter.none(), page(0, 20)).items())
                .extracting(TaskItem::dossierTitle)
                .containsExactly("Tên hồ sơ đã sửa");
    }

    @Test
    void dueDateAndNameChangedInTheEngineShowInTheList() {
        String first = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(1)), "thon-1");
        String second = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(2)), "thon-1");

        Task task = taskService.createTaskQuery().taskId(first).singleResult();
        task.setDueDate(Date.from(NOW.plus(Duration.ofDays(5))));
        task.setName("Thẩm định lại hồ sơ");
        taskService.saveTask(task);

        List<TaskItem> items =
                service.list(VHXH, TaskFilter.none(), page(0, 20)).items();
        assertThat(items).extracting(TaskItem::id).containsExactly(second, first);
        assertThat(items.get(1).name()).isEqualTo("Thẩm định lại hồ sơ");
        assertThat(items.get(1).due()).isEqualTo(NOW.plus(Duration.ofDays(5)));
    }

    @Test
    void candidateGroupsEditedInTheEngineDecideWhoSeesTheTask() {
        String task = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");

        taskService.addCandidateGroup(task, Roles.COUNCIL);

        assertThat(ids(service.list(COUNCIL, TaskFilter.none(), page(0, 20)))).containsExactly(task);
        assertThat(ids(service.list(VHXH, TaskFilter.none(), page(0, 20)))).containsExactly(task);

        taskService.deleteCandidateGroup(task, Roles.CULTURE_SOCIAL);

        assertThat(ids(service.list(COUNCIL, TaskFilter.none(), page(0, 20)))).containsExactly(task);
        assertThat(ids(service.list(VHXH, TaskFilter.none(), page(0, 20)))).isEmpty();
        assertThat(jdbc.sql("select count(*) from task_projection_candidate")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTaskEndedWithItsProcessLeavesTheList() {
        String completed = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        String cancelled = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        String skipped = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        String kept = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");

        taskService.complete(completed);
        engine.getRuntimeService().deleteProcessInstance(instanceOf(cancelled), "withdrawn");
        engine.getRuntimeService().deleteProcessInstance(instanceOf(skipped), "from Cockpit", true);

        PageResult<TaskItem> left = service.list(VHXH, TaskFilter.none(), page(0, 20));
        assertThat(ids(left)).containsExactly(kept);
        assertThat(left.total()).isEqualTo(1);
    }

    @Test
    void theReconcilerRepairsRowsChangedBehindTheListenersBack() {
        String lost = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(1)), "thon-1");
        String wrong = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(2)), "thon-2");
        taskService.addCandidateGroup(wrong, Roles.CHAIRMAN);
        List<TaskItem> before =
                service.list(VHXH, TaskFilter.none(), page(0, 20)).items();
        jdbc.sql("delete from task_projection where task_id = ?").param(lost).update();
        jdbc.sql("update task_projection set assignee = 'ai-do', due = null, candidate_group = 'council' "
                        + "where task_id = ?")
                .param(wrong)
                .update();
        jdbc.sql("delete from task_projection_candidate").update();

        TaskProjectionReconciler.Fixed fixed = reconciler.reconcile(engine.getManagementService());

        assertThat(fixed).isEqualTo(new TaskProjectionReconciler.Fixed(0, 1, 1, 3));
        assertThat(service.list(VHXH, TaskFilter.none(), page(0, 20)).items()).isEqualTo(before);
        assertThat(ids(service.list(user("ct", null, Roles.CHAIRMAN), TaskFilter.none(), page(0, 20))))
                .containsExactly(wrong);
        assertThat(service.list(COUNCIL, TaskFilter.none(), page(0, 20)).total())
                .isZero();
        assertThat(reconciler.reconcile(engine.getManagementService()).total()).isZero();
    }

    @Test
    void claimMakesTheCallerTheAssigneeAndRecordsIt() {
        String task = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");

        TaskItem claimed = service.claim(VHXH, task);

        assertThat(claimed.assignee()).isEqualTo("vhxh");
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo("vhxh");
        assertThat(ids(service.list(VHXH, mine(), page(0, 20)))).containsExactly(task);
        assertThat(history.findByDossier(dossierOf(task)))
                .containsExactly(new HistoryEntry(
                        EngineTestSupport.now(), "vhxh", HistoryAction.CLAIMED, Stage.CULTURE_SOCIAL_APPRAISAL, null));
        assertThat(service.claim(VHXH, task).assignee()).isEqualTo("vhxh");
    }

    @Test
    void claimOfATaskHeldByAColleagueIsAConflict() {
        String task = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        service.claim(VHXH2, task);

        assertCode(() -> service.claim(VHXH, task), ErrorCode.TASK_ALREADY_CLAIMED);
        assertCode(() -> service.unclaim(VHXH, task), ErrorCode.TASK_ALREADY_CLAIMED);
        assertCode(() -> service.checkCompletable(VHXH, task), ErrorCode.TASK_ALREADY_CLAIMED);
    }

    @Test
    void tasksOfOthersAnswerNotFound() {
        String council = start(Stage.COUNCIL_REVIEW, null, "thon-1");
        String amendment = start(Stage.AMENDMENT, null, "thon-1");

        assertCode(() -> service.claim(THON1, council), ErrorCode.TASK_NOT_FOUND);
        assertCode(() -> service.get(THON2, amendment), ErrorCode.TASK_NOT_FOUND);
        assertCode(() -> service.claim(VHXH, "no-such-task"), ErrorCode.TASK_NOT_FOUND);
        assertThat(history.findByDossier(dossierOf(council))).isEmpty();
        assertThat(history.findByDossier(dossierOf(amendment))).isEmpty();
    }

    @Test
    void aCompletedTaskIsAConflictForThoseWhoCouldSeeItAndUnknownForOthers() {
        String task = start(Stage.COUNCIL_REVIEW, null, "thon-1");
        taskService.complete(task);

        assertCode(() -> service.claim(COUNCIL, task), ErrorCode.TASK_ALREADY_COMPLETED);
        assertCode(() -> service.checkCompletable(COUNCIL, task), ErrorCode.TASK_ALREADY_COMPLETED);
        assertCode(() -> service.claim(THON1, task), ErrorCode.TASK_NOT_FOUND);
    }

    @Test
    void unclaimGivesTheTaskBackAndRecordsIt() {
        String task = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        service.claim(VHXH, task);

        TaskItem released = service.unclaim(VHXH, task);

        assertThat(released.assignee()).isNull();
        assertThat(ids(service.list(VHXH, mine(), page(0, 20)))).isEmpty();
        assertThat(history.findByDossier(dossierOf(task)))
                .extracting(HistoryEntry::action, HistoryEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HistoryAction.CLAIMED, "vhxh"),
                        org.assertj.core.groups.Tuple.tuple(HistoryAction.UNCLAIMED, "vhxh"));
        assertThat(service.claim(VHXH2, task).assignee()).isEqualTo("vhxh2");
    }

    @Test
    void amendmentTasksAreNotCompletedThroughTheTaskList() {
        String amendment = start(Stage.AMENDMENT, null, "thon-1");

        assertThatThrownBy(() -> service.checkCompletable(THON1, amendment))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    /** Starts the stage's fixture process for a new dossier of the unit (3 nominees); answers the task id. */
    private String start(Stage stage, Instant due, String unitCode) {
        UUID dossier = UUID.randomUUID();
        Instant now = EngineTestSupport.now();
        dossiers.insert(new Dossier(
                dossier,
                campaign.id(),
                unitCode,
                "Hồ sơ " + unitCode,
                DossierStatus.IN_REVIEW,
                stage,
                now,
                null,
                null,
                now,
                "test",
                now,
                0));
        for (int i = 1; i <= 3; i++) {
            String name = "Người " + i + " " + dossier;
            jdbc.sql("insert into nominee (id, dossier_id, position_no, nominee_type, full_name, name_key, "
                            + "proposed_award) values (?, ?, ?, 'INDIVIDUAL', ?, ?, 'GIAY_KHEN_CHU_TICH_XA')")
                    .params(UUID.randomUUID(), dossier, i, name, name.toLowerCase())
                    .update();
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("due", due == null ? null : Date.from(due));
        variables.put("unit", unitCode);
        var instance = engine.getRuntimeService()
                .startProcessInstanceByKey("Fixture_" + stage.name(), dossier.toString(), variables);
        EngineTestSupport.advance(Duration.ofSeconds(1));
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getId();
    }

    private String instanceOf(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    }

    private UUID dossierOf(String taskId) {
        return UUID.fromString(engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instanceOf(taskId))
                .singleResult()
                .getBusinessKey());
    }

    private static BpmnModelInstance oneTask(Stage stage) {
        String group = stage.candidateGroup() == null ? "${unit}" : stage.candidateGroup();
        return Bpmn.createExecutableProcess("Fixture_" + stage.name())
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask(stage.taskDefinitionKey())
                .name(stage == Stage.CULTURE_SOCIAL_APPRAISAL ? "Thẩm định hồ sơ" : stage.name())
                .camundaCandidateGroups(group)
                .camundaDueDate("${due}")
                .endEvent()
                .done();
    }

    private static TaskFilter mine() {
        return new TaskFilter(null, null, null, null, true);
    }

    private static List<String> ids(PageResult<TaskItem> page) {
        return page.items().stream().map(TaskItem::id).toList();
    }

    private static PageQuery page(int page, int size) {
        return PageQuery.of(page, size);
    }

    private static CurrentUser user(String username, String unitCode, String... roles) {
        return new CurrentUser(username, Set.of(roles), unitCode);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
