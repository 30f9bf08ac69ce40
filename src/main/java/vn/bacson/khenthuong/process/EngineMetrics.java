package vn.bacson.khenthuong.process;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.CachedValue;

/**
 * The engine's numbers for Prometheus (docs/operations.md, "Metrics"): open incidents, the backlog of due jobs, jobs
 * out of retries, and this node's job acquisitions and failed job executions. Read with a few count queries at most
 * once per {@code app.metrics.cache-ttl}, however often Prometheus scrapes.
 */
@Component
class EngineMetrics implements MeterBinder {

    record Snapshot(long incidents, long dueJobs, long jobsWithoutRetries, long acquired, long failed) {}

    private final ManagementService management;
    private final RuntimeService runtime;
    private final ProcessEngineConfigurationImpl configuration;
    private final CachedValue<Snapshot> snapshot;

    EngineMetrics(
            ManagementService management,
            RuntimeService runtime,
            ProcessEngineConfigurationImpl configuration,
            Clock clock,
            @Value("${app.metrics.cache-ttl:PT15S}") Duration ttl) {
        this.management = management;
        this.runtime = runtime;
        this.configuration = configuration;
        this.snapshot = new CachedValue<>(this::read, clock, ttl);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(
                registry,
                "khenthuong.incidents.open",
                "Open incidents (steps that failed after all retries)",
                s -> s.incidents());
        gauge(
                registry,
                "khenthuong.jobs.due",
                "Jobs due now and waiting for the job executor (backlog)",
                s -> s.dueJobs());
        gauge(
                registry,
                "khenthuong.jobs.no.retries",
                "Jobs out of retries (each one has an incident)",
                s -> s.jobsWithoutRetries());
        FunctionCounter.builder(
                        "khenthuong.jobs.acquired", this, m -> m.snapshot.get().acquired())
                .description("Jobs acquired by this node's job executor")
                .register(registry);
        FunctionCounter.builder(
                        "khenthuong.jobs.failed", this, m -> m.snapshot.get().failed())
                .description("Job executions on this node that failed (each failure, before and after retries)")
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value) {
        Gauge.builder(name, this, m -> value.applyAsDouble(m.snapshot.get()))
                .description(description)
                .register(registry);
    }

    private Snapshot read() {
        return new Snapshot(
                runtime.createIncidentQuery().count(),
                management.createJobQuery().executable().active().count(),
                management.createJobQuery().noRetriesLeft().count(),
                engineCount(Metrics.JOB_ACQUIRED_SUCCESS),
                engineCount(Metrics.JOB_FAILED));
    }

    /**
     * This node's total of an engine meter: what its reporter already wrote to the engine's metrics table plus what
     * it counted since its last report.
     */
    private long engineCount(String name) {
        Meter meter = configuration.getMetricsRegistry() == null
                ? null
                : configuration.getMetricsRegistry().getDbMeterByName(name);
        long unreported = meter == null ? 0 : meter.get();
        var reporter = configuration.getDbMetricsReporter();
        if (reporter == null || reporter.getMetricsCollectionTask() == null) {
            return unreported;
        }
        String reporterId = reporter.getMetricsCollectionTask().getReporter();
        var query = management.createMetricsQuery().name(name);
        if (reporterId != null) {
            query.reporter(reporterId);
        }
        return query.sum() + unreported;
    }
}
