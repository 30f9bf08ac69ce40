package vn.bacson.khenthuong.process;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * The one place that tells the loser of a race for a task what happened. Several reviewers of one group may claim
 * or complete the same task at once; the engine lets exactly one win, but a loser's command fails in whatever way
 * its reads met the winner's changes: {@code OptimisticLockingException}, {@code TaskAlreadyClaimedException},
 * {@code NullValueException} ("Cannot find task", "execution is null", "processInstance is null"), a listener's
 * failure wrapped by the engine, or a lock timeout. Which one is an accident of timing, so the answer is not
 * read from the exception: after the loser's transaction has rolled back, the task's committed state is read
 * again in a fresh transaction and decides the answer: gone and finished = 409 TASK_ALREADY_COMPLETED, held by
 * someone else = 409 TASK_ALREADY_CLAIMED. A failure on a task that nobody else changed is a real fault and is
 * rethrown (a {@link DomainException} inside it, e.g. from a listener, wins).
 */
@Component
public class TaskRaces {

    /** What the caller tried, for the answer when the task is still open but held by a lock. */
    public enum Attempt {
        CLAIM,
        COMPLETE
    }

    private static final Logger log = LoggerFactory.getLogger(TaskRaces.class);

    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;
    private final TransactionTemplate work;
    private final TransactionTemplate fresh;

    TaskRaces(TaskService tasks, HistoryService history, IdentityService identity, PlatformTransactionManager txm) {
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
        this.work = new TransactionTemplate(txm);
        this.fresh = new TransactionTemplate(txm);
        this.fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.fresh.setReadOnly(true);
    }

    /**
     * Runs the work on one task in a transaction (joining the caller's, if any); if it fails, the task's committed
     * state decides whether the caller lost a race (409) or met a fault (rethrown).
     */
    public <T> T guard(String taskId, CurrentUser user, Attempt attempt, Supplier<T> body) {
        try {
            return work.execute(status -> body.get());
        } catch (DomainException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            DomainException lost = explain(taskId, user, attempt, failure);
            if (lost == null) {
                throw failure instanceof ProcessEngineException pe ? CommendationProposalWorkflow.unwrap(pe) : failure;
            }
            log.info(
                    "{} of task {} by {} lost a race: {} ({})",
                    attempt,
                    taskId,
                    user.username(),
                    lost.code(),
                    failure.toString());
            throw lost;
        }
    }

    /**
     * The task is not open: completed before (409 TASK_ALREADY_COMPLETED to whoever could have worked it) or
     * never existed for this caller (404, no leak). Also used when a task is missing before any engine write.
     */
    DomainException gone(String taskId, CurrentUser user) {
        HistoricTaskInstance done = taskId == null
                ? null
                : history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done == null) {
            return new DomainException(ErrorCode.TASK_NOT_FOUND);
        }
        Stage stage = Stage.ofTaskDefinitionKey(done.getTaskDefinitionKey()).orElse(null);
        boolean mayKnow = user.username().equals(done.getAssignee())
                || stage != null && (stage.isReview() ? user.has(stage.candidateGroup()) : user.canPropose());
        return new DomainException(mayKnow ? ErrorCode.TASK_ALREADY_COMPLETED : ErrorCode.TASK_NOT_FOUND);
    }

    /** The 409 a race loser gets, or null when nobody else changed the task (the failure is a real fault). */
    private DomainException explain(String taskId, CurrentUser user, Attempt attempt, RuntimeException failure) {
        if (taskId == null) {
            return null;
        }
        try {
            return fresh.execute(status -> EngineAccess.asSystem(identity, () -> {
                Task open = tasks.createTaskQuery().taskId(taskId).singleResult();
                if (open == null) {
                    return gone(taskId, user);
                }
                if (open.getAssignee() != null && !open.getAssignee().equals(user.username())) {
                    return new DomainException(ErrorCode.TASK_ALREADY_CLAIMED);
                }
                if (isConflict(failure)) {
                    // the winner still holds the row (its commit has not landed yet)
                    return new DomainException(
                            attempt == Attempt.CLAIM
                                    ? ErrorCode.TASK_ALREADY_CLAIMED
                                    : ErrorCode.TASK_ALREADY_COMPLETED);
                }
                return null;
            }));
        } catch (RuntimeException unreadable) {
            failure.addSuppressed(unreadable);
            return null;
        }
    }

    /** The engine's or the database's word for "someone else changed or holds this row". */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException
                    || t instanceof TaskAlreadyClaimedException
                    || t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 40xxx: serialization failure / deadlock; 55P03: PostgreSQL lock not available;
                // HYT00: H2 lock timeout; 90131: H2 concurrent update of a row
                if (state.startsWith("40") || "55P03".equals(state) || "HYT00".equals(state) || "90131".equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
