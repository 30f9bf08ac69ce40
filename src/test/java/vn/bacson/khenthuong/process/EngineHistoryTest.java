package vn.bacson.khenthuong.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The history level {@code full-lean} on a real engine (H2 in memory): what stays for an auditor and Cockpit, what
 * is no longer written, and the switch of a database that an earlier version created with {@code full}.
 */
class EngineHistoryTest {

    private static final BpmnModelInstance REVIEW = Bpmn.createExecutableProcess("Review")
            .camundaHistoryTimeToLive(1825)
            .startEvent()
            .userTask("Appraise")
            .boundaryEvent("Late")
            .cancelActivity(false)
            .timerWithDuration("P10D")
            .endEvent()
            .moveToActivity("Appraise")
            .endEvent()
            .done();

    private static final BpmnModelInstance FAILING = Bpmn.createExecutableProcess("Failing")
            .camundaHistoryTimeToLive(1825)
            .startEvent()
            .serviceTask("Record")
            .camundaAsyncBefore()
            .camundaExpression("${missingBean.record()}")
            .endEvent()
            .done();

    private ProcessEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aFinishedReviewKeepsItsTasksAndLatestValuesButNotEachOldValueNorTheTimersLog() {
        engine = start("jdbc:h2:mem:" + UUID.randomUUID(), "full-lean", true);
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("review.bpmn", REVIEW)
                .deploy();
        String instance = engine.getRuntimeService()
                .startProcessInstanceByKey("Review", "D-1", Map.of("outcome", "PENDING"))
                .getId();
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult();
        engine.getIdentityService().setAuthenticatedUserId("vhxh");
        engine.getTaskService().claim(task.getId(), "vhxh");
        engine.getTaskService().complete(task.getId(), Map.of("outcome", "FORWARD"));
        engine.getIdentityService().clearAuthentication();

        HistoryService history = engine.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(instance)
                        .finished()
                        .count())
                .isOne();
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(instance)
                        .taskAssignee("vhxh")
                        .finished()
                        .count())
                .isOne();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .activityId("Appraise")
                        .count())
                .isOne();
        HistoricVariableInstance outcome = history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance)
                .variableName("outcome")
                .singleResult();
        assertThat(outcome.getValue()).isEqualTo("FORWARD");
        assertThat(history.createUserOperationLogQuery().taskId(task.getId()).count())
                .as("who claimed and completed the task")
                .isPositive();

        assertThat(history.createHistoricDetailQuery()
                        .processInstanceId(instance)
                        .count())
                .as("old values of variables")
                .isZero();
        assertThat(history.createHistoricJobLogQuery()
                        .processInstanceId(instance)
                        .count())
                .as("the deadline timer's creation and deletion")
                .isZero();
    }

    @Test
    void aFailingJobStillLeavesItsFailureInTheJobLog() {
        engine = start("jdbc:h2:mem:" + UUID.randomUUID(), "full-lean", true);
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("failing.bpmn", FAILING)
                .deploy();
        String instance =
                engine.getRuntimeService().startProcessInstanceByKey("Failing").getId();
        ManagementService management = engine.getManagementService();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();

        assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(ProcessEngineException.class);

        HistoryService history = engine.getHistoryService();
        assertThat(history.createHistoricJobLogQuery()
                        .jobId(job.getId())
                        .failureLog()
                        .list())
                .singleElement()
                .satisfies(entry -> assertThat(entry.getJobExceptionMessage()).contains("missingBean"));
        assertThat(history.createHistoricJobLogQuery()
                        .jobId(job.getId())
                        .creationLog()
                        .count())
                .isZero();
    }

    @Test
    void aDatabaseOfTheFullLevelIsSwitchedAndBackWhileOtherLevelsAreLeftToTheEnginesCheck() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        start(url, ProcessEngineConfiguration.HISTORY_FULL, false).close();

        engine = start(url, "full-lean", true);
        assertThat(recordedLevel()).isEqualTo("30");
        engine.close();

        engine = start(url, ProcessEngineConfiguration.HISTORY_FULL, true);
        assertThat(recordedLevel()).isEqualTo("3");
        engine.close();
        engine = null;

        String audit = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        start(audit, ProcessEngineConfiguration.HISTORY_AUDIT, false).close();
        assertThatThrownBy(() -> start(audit, "full-lean", true))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("historyLevel mismatch");
    }

    private String recordedLevel() {
        return engine.getManagementService().getProperties().get("historyLevel");
    }

    private static ProcessEngine start(String url, String history, boolean withPlugin) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                        .setProcessEngineName("history-" + UUID.randomUUID())
                        .setJdbcUrl(url)
                        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                        .setHistory(history)
                        .setJobExecutorActivate(false);
        if (withPlugin) {
            configuration.getProcessEnginePlugins().add(new EngineHistory());
        }
        return configuration.buildProcessEngine();
    }
}
