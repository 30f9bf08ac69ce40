package vn.bacson.khenthuong.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.Ids;

/**
 * Failed jobs (the engine's "failedJob" incidents: a step that kept failing after its retries) of one campaign's
 * processes: its own EmulationCampaign instance (business key = campaign code) and the CommendationProposal
 * instances of its dossiers (business key = dossier id). Read with one SQL statement over the engine's incident and
 * execution tables; a retry gives the job one more attempt, due now.
 */
@Component
public class ProcessIncidents {

    /**
     * One failed step. dossierId is null for a step of the campaign's own process. stepName is the BPMN label
     * (Vietnamese), message the engine's error message as recorded.
     */
    public record FailedJob(
            String incidentId,
            String jobId,
            UUID dossierId,
            String activityId,
            String stepName,
            String message,
            Instant failedAt) {}

    private static final int MAX_MESSAGE = 300;

    private final JdbcClient jdbc;
    private final ManagementService management;
    private final RepositoryService repository;
    private final Clock clock;

    public ProcessIncidents(JdbcClient jdbc, ManagementService management, RepositoryService repository, Clock clock) {
        this.jdbc = jdbc;
        this.management = management;
        this.repository = repository;
        this.clock = clock;
    }

    /** The campaign's open failed-job incidents, oldest first. */
    @Transactional(readOnly = true)
    public List<FailedJob> failedJobs(UUID campaignId, String campaignCode) {
        String sql = "select i.ID_ as incident_id, i.CONFIGURATION_ as job_id, i.ACTIVITY_ID_ as activity_id, "
                + "i.PROC_DEF_ID_ as definition_id, i.INCIDENT_MSG_ as message, i.INCIDENT_TIMESTAMP_ as failed_at, "
                + "e.BUSINESS_KEY_ as business_key "
                + "from " + management.getTableName(IncidentEntity.class) + " i "
                + "join " + management.getTableName(ExecutionEntity.class) + " e on e.ID_ = i.PROC_INST_ID_ "
                + "where i.INCIDENT_TYPE_ = ? and (e.BUSINESS_KEY_ = ? or e.BUSINESS_KEY_ in "
                + "(select cast(d.id as varchar(36)) from dossier d where in_commune(d.commune_code) and d.campaign_id = ?)) "
                + "order by i.INCIDENT_TIMESTAMP_, i.ID_";
        return jdbc.sql(sql)
                .params(Incident.FAILED_JOB_HANDLER_TYPE, campaignCode, campaignId)
                .query((rs, n) -> new FailedJob(
                        rs.getString("incident_id"),
                        rs.getString("job_id"),
                        campaignCode.equals(rs.getString("business_key"))
                                ? null
                                : Ids.uuidOrNull(rs.getString("business_key")),
                        rs.getString("activity_id"),
                        stepName(rs.getString("definition_id"), rs.getString("activity_id")),
                        shorten(rs.getString("message")),
                        rs.getTimestamp("failed_at").toInstant()))
                .list();
    }

    /**
     * Open failed-job incidents counted per business key of their process instance (a campaign code or a dossier id),
     * in one grouped statement; incidents are rare, so the answer is small.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> failedJobsByBusinessKey() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select e.BUSINESS_KEY_ as business_key, count(*) as n "
                        + "from " + management.getTableName(IncidentEntity.class) + " i "
                        + "join " + management.getTableName(ExecutionEntity.class) + " e on e.ID_ = i.PROC_INST_ID_ "
                        + "where i.INCIDENT_TYPE_ = ? and e.BUSINESS_KEY_ is not null group by e.BUSINESS_KEY_")
                .param(Incident.FAILED_JOB_HANDLER_TYPE)
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> counts.put(rs.getString("business_key"), rs.getLong("n")));
        return counts;
    }

    /**
     * Gives a failed job one more attempt, due now (the job executor picks it up at its next poll).
     *
     * @throws DomainException NOT_FOUND when the job is gone (done, or its process ended)
     */
    @Transactional
    public void retry(String jobId) {
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            throw new DomainException(
                    ErrorCode.NOT_FOUND, "Bước xử lý này không còn lỗi (đã chạy lại hoặc đã kết thúc).");
        }
        management
                .setJobRetries(1)
                .jobId(jobId)
                .dueDate(Date.from(clock.instant()))
                .execute();
    }

    private String stepName(String definitionId, String activityId) {
        if (definitionId == null || activityId == null) {
            return activityId;
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        ModelElementInstance element = model == null ? null : model.getModelElementById(activityId);
        if (element instanceof FlowElement flow
                && flow.getName() != null
                && !flow.getName().isBlank()) {
            return flow.getName();
        }
        return activityId;
    }

    /** The first line of the error, at most 300 characters: an officer reads it, a developer has the log. */
    static String shorten(String message) {
        if (message == null) {
            return null;
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        return firstLine.length() <= MAX_MESSAGE ? firstLine : firstLine.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
