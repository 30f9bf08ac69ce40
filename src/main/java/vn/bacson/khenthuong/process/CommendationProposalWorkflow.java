package vn.bacson.khenthuong.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.DossierWorkflow;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * The CommendationProposal process behind the dossier feature. Every call runs in the caller's transaction
 * and synchronously up to the process's next wait state, so the checks' results (or a refusal) are part of
 * the caller's answer.
 */
@Component
class CommendationProposalWorkflow implements DossierWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final WorkflowSettings settings;
    private final Clock clock;

    CommendationProposalWorkflow(
            RuntimeService runtime,
            TaskService tasks,
            IdentityService identity,
            DossierRepository dossiers,
            NomineeRepository nominees,
            WorkflowSettings settings,
            Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void start(Dossier dossier) {
        Map<String, Object> variables =
                CommendationProposalVariables.forStart(dossier, settings.isPartyBuildingStage());
        try {
            EngineAccess.asSystem(
                    identity,
                    () -> runtime.startProcessInstanceByKey(
                            CommendationProposalVariables.PROCESS_KEY,
                            dossier.id().toString(),
                            variables));
        } catch (ProcessEngineException e) {
            throw unwrap(e);
        }
    }

    @Override
    public void resubmit(Dossier dossier, String actor) {
        EngineAccess.asSystem(identity, () -> {
            Task amendment = tasks.createTaskQuery()
                    .processInstanceBusinessKey(dossier.id().toString())
                    .processDefinitionKey(CommendationProposalVariables.PROCESS_KEY)
                    .taskDefinitionKey(Stage.AMENDMENT.taskDefinitionKey())
                    .singleResult();
            if (amendment == null) {
                throw new DomainException(ErrorCode.DOSSIER_ALREADY_SUBMITTED);
            }
            Instant now = clock.instant();
            nominees.resetReview(dossier.id());
            dossiers.clearAmendment(dossier.id(), now);
            dossiers.updateStatus(dossier.id(), DossierStatus.SUBMITTED, null, now);
            Object current =
                    runtime.getVariable(amendment.getProcessInstanceId(), CommendationProposalVariables.SUBMISSION_NO);
            int next = (current == null ? 1 : ((Number) current).intValue()) + 1;
            try {
                tasks.complete(amendment.getId(), Map.of(CommendationProposalVariables.SUBMISSION_NO, next));
            } catch (ProcessEngineException e) {
                throw unwrap(e);
            }
        });
    }

    @Override
    public void withdraw(Dossier dossier, String actor) {
        // the status changes at once, so the answer and a second withdraw see it; history and notice follow
        dossiers.updateStatus(dossier.id(), DossierStatus.WITHDRAWN, null, clock.instant());
        EngineAccess.asSystem(
                identity,
                () -> runtime.createMessageCorrelation(CommendationProposalVariables.MESSAGE_DOSSIER_WITHDRAWN)
                        .processInstanceBusinessKey(dossier.id().toString())
                        .setVariable(CommendationProposalVariables.WITHDRAWN_BY, actor)
                        .correlateAll());
    }

    /** Camunda passes a delegate's RuntimeException through; should a version wrap it, the rule's answer wins. */
    static RuntimeException unwrap(ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
        }
        return e;
    }
}
