package vn.bacson.khenthuong.process;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Health component {@code jobExecution}, part of the readiness group (docs/operations.md, "Health"). Where the job
 * executor is enabled ({@code camunda.bpm.job-execution.enabled}): DOWN when it is not running, OUT_OF_SERVICE when
 * the oldest due job has waited longer than {@code app.health.job-backlog-max-age} (the executors of the cluster are
 * stuck or far behind). Where it is disabled: UP, the node serves pages and the API only.
 */
@Component
class JobExecutionHealthIndicator implements HealthIndicator {

    private final ProcessEngineConfigurationImpl configuration;
    private final ManagementService management;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;
    private final Duration maxAge;

    JobExecutionHealthIndicator(
            ProcessEngineConfigurationImpl configuration,
            ManagementService management,
            JdbcClient jdbc,
            Clock clock,
            @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled,
            @Value("${app.health.job-backlog-max-age:PT15M}") Duration maxAge) {
        this.configuration = configuration;
        this.management = management;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
        this.maxAge = maxAge;
    }

    @Override
    public Health health() {
        if (!enabled) {
            return Health.up().withDetail("enabled", false).build();
        }
        boolean active = configuration.getJobExecutor() != null
                && configuration.getJobExecutor().isActive();
        Instant now = clock.instant();
        Duration oldest = oldestDueJobAge(now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("enabled", true);
        details.put("active", active);
        details.put("oldestDueJobAge", oldest == null ? null : oldest.toString());
        details.put("maxAge", maxAge.toString());
        Status status = !active
                ? Status.DOWN
                : oldest != null && oldest.compareTo(maxAge) > 0 ? Status.OUT_OF_SERVICE : Status.UP;
        return Health.status(status).withDetails(details).build();
    }

    /** How long the oldest due, unlocked, active job with retries left has been due (or waiting since created). */
    private Duration oldestDueJobAge(Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp oldest = jdbc.sql("select min(coalesce(DUEDATE_, CREATE_TIME_)) from "
                        + management.getTableName(JobEntity.class)
                        + " where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 and (DUEDATE_ is null or DUEDATE_ <= ?) "
                        + "and (LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ < ?)")
                .params(at, at)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return oldest == null ? null : Duration.between(oldest.toInstant(), now);
    }
}
