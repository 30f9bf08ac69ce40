package vn.bacson.khenthuong.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The engine's clock and jobs, for deterministic integration tests. The job executor is off in the tests
 * (camunda.bpm.job-execution.enabled=false); a test moves the clock and then runs the jobs that are due.
 * The application's Clock bean reads the engine clock, so deadlines computed by services move too.
 */
public final class EngineTestSupport {

    private static final int MAX_ROUNDS = 100;

    private final ManagementService managementService;
    private final RuntimeService runtimeService;

    public EngineTestSupport(ManagementService managementService, RuntimeService runtimeService) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
    }

    public static void setNow(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Moves the engine clock forward (from its current time). */
    public static Instant advance(Duration duration) {
        Instant next = now().plus(duration);
        setNow(next);
        return next;
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    /**
     * Executes every job that is due now (timers whose time has come, async continuations) in the whole engine,
     * again and again until none is left, so follow-up jobs run too. A failing job throws. The IT database is
     * shared by all runs: prefer {@link #runDueJobs(String)} to stay clear of other tests' leftovers.
     *
     * @return how many jobs ran
     */
    public int runDueJobs() {
        return run(() -> managementService.createJobQuery().executable().list());
    }

    /** Like {@link #runDueJobs()}, limited to the process instances with this business key (a dossier id). */
    public int runDueJobs(String businessKey) {
        return run(() -> {
            List<String> instances =
                    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                            .map(p -> p.getId())
                            .toList();
            return instances.stream()
                    .flatMap(
                            id -> managementService.createJobQuery().processInstanceId(id).executable().list().stream())
                    .toList();
        });
    }

    private int run(Supplier<List<Job>> dueJobs) {
        int executed = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = dueJobs.get();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                managementService.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("Jobs keep coming after " + MAX_ROUNDS + " rounds: an endless timer loop?");
    }
}
