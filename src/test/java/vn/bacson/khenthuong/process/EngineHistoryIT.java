package vn.bacson.khenthuong.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DecisionFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * The engine's history on PostgreSQL as an auditor and an operator meet it (docs/operations.md, "History level and
 * clean-up"): a decided dossier keeps its tasks, assignees and variables, readable through the engine's REST API
 * as Cockpit reads it, without the old values and the timers' log; its history is removed five years after the
 * dossier's process ended, not before; and a database an earlier version wrote as {@code full} is switched.
 */
class EngineHistoryIT extends PostgresIT {

    private static final Duration TIME_TO_LIVE = Duration.ofDays(1825);

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ProcessEngine engine;

    @Autowired
    private DataSource dataSource;

    @Test
    void aDecidedDossierKeepsItsTrailUntilFiveYearsAfterItsEnd() {
        String campaignId = createOpenCampaign();
        DecisionFixture.decided(this::api, campaignId, "pkt", "Lò Văn Hậu");
        HistoryService history = engine.getHistoryService();
        String dossierId = jdbc.sql("select id from dossier where campaign_id = ?::uuid")
                .param(campaignId)
                .query(String.class)
                .single();
        engine().runDueJobs(dossierId);
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(dossierId)
                .singleResult();
        assertThat(instance.getEndTime()).as("the dossier's process has ended").isNotNull();
        String id = instance.getId();

        ApiResponse tasks = api("admin").get("/engine-rest/history/task?processInstanceId=" + id);
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.json().findValuesAsText("taskDefinitionKey"))
                .contains(
                        "UserTask_SelectNominees",
                        "UserTask_AppraiseDossier",
                        "UserTask_ReviewInCouncil",
                        "UserTask_DecideAwards");
        assertThat(tasks.json().findValuesAsText("assignee")).contains("bxdd", "vhxh");
        JsonNode variables = api("admin")
                .get("/engine-rest/history/variable-instance?processInstanceId=" + id)
                .json();
        assertThat(variables.findValuesAsText("name")).contains("dossierId");

        assertThat(count("act_hi_detail", "proc_inst_id_", id))
                .as("old values of variables")
                .isZero();
        assertThat(count("act_hi_job_log", "process_instance_id_", id))
                .as("the deadline timers' creation and deletion")
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from act_hi_taskinst where proc_inst_id_ = ? and removal_time_ is not null")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("no removal time stamped on the history when the instance ended")
                .isZero();

        Instant end = instance.getEndTime().toInstant();
        EngineTestSupport.setNow(end.plus(TIME_TO_LIVE).minus(Duration.ofDays(1)));
        assertThat(cleanableNow()).doesNotContain(id);
        EngineTestSupport.setNow(end.plus(TIME_TO_LIVE).plus(Duration.ofDays(1)));
        assertThat(cleanableNow()).contains(id);
    }

    @Test
    void aDatabaseRecordedAsFullIsSwitchedToTheConfiguredLevel() throws Exception {
        assertThat(recordedLevel()).isEqualTo("30");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection
                    .createStatement()
                    .executeUpdate("update act_ge_property set value_ = '3' where name_ = 'historyLevel'");
            Optional<Integer> found =
                    EngineHistory.switchRecordedLevel(connection, "", EngineHistory.LeanHistory.LEVEL);
            assertThat(found).contains(3);
        }
        assertThat(recordedLevel()).isEqualTo("30");
    }

    private String recordedLevel() {
        return jdbc.sql("select value_ from act_ge_property where name_ = 'historyLevel'")
                .query(String.class)
                .single();
    }

    private long count(String table, String instanceColumn, String processInstanceId) {
        return jdbc.sql("select count(*) from " + table + " where " + instanceColumn + " = ?")
                .param(processInstanceId)
                .query(Long.class)
                .single();
    }

    /** The finished process instances the engine's history clean-up would remove at the engine clock's now. */
    private List<String> cleanableNow() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration
                .getCommandExecutorTxRequired()
                .execute(context -> context.getHistoricProcessInstanceManager()
                        .findHistoricProcessInstanceIdsForCleanup(100_000, 0, 59));
    }
}
