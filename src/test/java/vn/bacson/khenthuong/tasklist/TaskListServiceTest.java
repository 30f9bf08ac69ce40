package vn.bacson.khenthuong.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.support.InMemoryEngine;

/** The task list's visibility, order, paging, filters and claims, against a real (in-memory) engine. */
class TaskListServiceTest {

    private static final Instant NOW = Instant.parse("2025-09-10T03:00:00Z");
    private static final CurrentUser VHXH = user("vhxh", "phong-vhxh", Roles.CULTURE_SOCIAL);
    private static final CurrentUser VHXH2 = user("vhxh2", "phong-vhxh", Roles.CULTURE_SOCIAL);
    private static final CurrentUser COUNCIL = user("hoidong", null, Roles.COUNCIL);
    private static final CurrentUser THON1 = user("thon1", "thon-1", Roles.UNIT);
    private static final CurrentUser THON2 = user("thon2", "thon-2", Roles.UNIT);

    private static ProcessEngine engine;
    private static TaskService taskService;

    private final DossierSummaries summaries = mock(DossierSummaries.class);
    private final HistoryRepository history = mock(HistoryRepository.class);
    private final Map<UUID, DossierSummaries.Summary> known = new HashMap<>();
    private TaskListService service;
    private Deployment deployment;

    @BeforeAll
    static void startEngine() {
        engine = InMemoryEngine.start();
        taskService = engine.getTaskService();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void deploy() {
        var builder = engine.getRepositoryService().createDeployment();
        for (Stage stage : Stage.values()) {
            builder.addModelInstance("fixture-" + stage + ".bpmn", oneTask(stage));
        }
        deployment = builder.deploy();
        when(summaries.find(anyCollection())).thenAnswer(call -> {
            Map<UUID, DossierSummaries.Summary> found = new HashMap<>();
            for (Object id : call.<java.util.Collection<?>>getArgument(0)) {
                if (known.containsKey(id)) {
                    found.put((UUID) id, known.get(id));
                }
            }
            return found;
        });
        service = new TaskListService(
                taskService,
                engine.getRuntimeService(),
                engine.getHistoryService(),
                summaries,
                history,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
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
        assertThat(ids(service.list(VHXH, new TaskFilter(null, null, null, null, true), page(0, 20))))
                .isEmpty();
        assertThat(ids(service.list(VHXH2, new TaskFilter(null, null, null, null, true), page(0, 20))))
                .containsExactly(task);
    }

    @Test
    void aTaskAssignedToTheCallerIsVisibleEvenOutsideTheirGroups() {
        String task = start(Stage.COUNCIL_REVIEW, null, "thon-1");
        taskService.setAssignee(task, VHXH.username());

        assertThat(ids(service.list(VHXH, TaskFilter.none(), page(0, 20)))).containsExactly(task);
    }

    @Test
    void sortedByDueDateWithTheUndatedLastThenByCreation() {
        String undated = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        String late = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(9)), "thon-1");
        String soon = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.plus(Duration.ofDays(2)), "thon-1");
        String overdue = start(Stage.CULTURE_SOCIAL_APPRAISAL, NOW.minus(Duration.ofDays(1)), "thon-1");

        PageResult<TaskItem> all = service.list(VHXH, TaskFilter.none(), page(0, 20));

        assertThat(ids(all)).containsExactly(overdue, soon, late, undated);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.items()).extracting(TaskItem::overdue).containsExactly(true, false, false, false);
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
        UUID campaign = UUID.randomUUID();
        String inCampaign = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");
        start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-2");
        when(summaries.idsMatching(campaign, "thon-1"))
                .thenReturn(List.of(dossierOf(inCampaign).toString()));
        when(summaries.idsMatching(eq(campaign), isNull())).thenReturn(List.of());

        assertThat(ids(service.list(VHXH, new TaskFilter(null, campaign, "thon-1", null, false), page(0, 20))))
                .containsExactly(inCampaign);
        assertThat(service.list(VHXH, new TaskFilter(null, campaign, null, null, false), page(0, 20))
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
        assertThat(item.campaignCode()).isEqualTo("DH-2025");
        assertThat(item.nomineeCount()).isEqualTo(3);
        assertThat(item.due()).isEqualTo(due);
        assertThat(item.overdue()).isFalse();
        assertThat(item.created()).isNotNull();
        assertThat(item.assignee()).isNull();
    }

    @Test
    void claimMakesTheCallerTheAssigneeAndRecordsIt() {
        String task = start(Stage.CULTURE_SOCIAL_APPRAISAL, null, "thon-1");

        TaskItem claimed = service.claim(VHXH, task);

        assertThat(claimed.assignee()).isEqualTo("vhxh");
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo("vhxh");
        verify(history)
                .add(
                        eq(dossierOf(task)),
                        eq(NOW),
                        eq("vhxh"),
                        eq(HistoryAction.CLAIMED),
                        eq(Stage.CULTURE_SOCIAL_APPRAISAL),
                        isNull());
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
        verify(history, never()).add(any(), any(), any(), any(), any(), any());
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
        verify(history)
                .add(
                        eq(dossierOf(task)),
                        eq(NOW),
                        eq("vhxh"),
                        eq(HistoryAction.UNCLAIMED),
                        eq(Stage.CULTURE_SOCIAL_APPRAISAL),
                        isNull());
        assertThat(service.claim(VHXH2, task).assignee()).isEqualTo("vhxh2");
    }

    @Test
    void amendmentTasksAreNotCompletedThroughTheTaskList() {
        String amendment = start(Stage.AMENDMENT, null, "thon-1");

        assertThatThrownBy(() -> service.checkCompletable(THON1, amendment))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    private String start(Stage stage, Instant due, String unitCode) {
        UUID dossier = UUID.randomUUID();
        known.put(
                dossier,
                new DossierSummaries.Summary(
                        dossier, "Hồ sơ " + unitCode, unitCode, "Đơn vị " + unitCode, "DH-2025", 3));
        Map<String, Object> variables = new HashMap<>();
        variables.put("due", due == null ? null : Date.from(due));
        variables.put("unit", unitCode);
        var instance = engine.getRuntimeService()
                .startProcessInstanceByKey("Fixture_" + stage.name(), dossier.toString(), variables);
        try {
            Thread.sleep(5); // distinct creation times, so "then by creation" is observable
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getId();
    }

    private UUID dossierOf(String taskId) {
        String instance =
                taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        return UUID.fromString(engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instance)
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
