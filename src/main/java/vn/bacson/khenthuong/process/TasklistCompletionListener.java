package vn.bacson.khenthuong.process;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.stage.StageCommands;
import vn.bacson.khenthuong.stage.StageInput;
import vn.bacson.khenthuong.steps.StageResult;
import vn.bacson.khenthuong.steps.StageRules;

/**
 * Complete listener of the review tasks, the commune's and the province's. A task completed in Camunda Tasklist with
 * its Camunda Form (the keys of the stage's command) is read as that command from the task's variables and goes
 * through the same rules and writes as the API: a dossier's stage through {@link StageRules}, a province stage through
 * {@link ProvinceSteps}. The form's per-nominee rows are a JSON variable of the task's scope. A completion made
 * through {@link TaskCompletionService} carries a transient marker and passes untouched.
 */
@Component
class TasklistCompletionListener implements TaskListener {

    private final StageRules rules;
    private final ProvinceSteps province;
    private final StageCommands commands;
    private final DossierRepository dossiers;
    private final IdentityService identity;
    private final ZoneId zone;

    TasklistCompletionListener(
            StageRules rules,
            ProvinceSteps province,
            StageCommands commands,
            DossierRepository dossiers,
            IdentityService identity,
            ZoneId businessZone) {
        this.rules = rules;
        this.province = province;
        this.commands = commands;
        this.dossiers = dossiers;
        this.identity = identity;
        this.zone = businessZone;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getEventName() == null) {
            return; // the task's process ended under us (see TaskProjection): this completion loses its race
        }
        if (task.getVariable(TaskCompletionService.COMPLETED_THROUGH_API) != null) {
            return;
        }
        Authentication caller = identity.getCurrentAuthentication();
        String username = caller == null ? null : caller.getUserId();
        List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        Stage stage = Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("no stage for task " + task.getTaskDefinitionKey()));
        if (stage == Stage.AMENDMENT) {
            throw new DomainException(
                    ErrorCode.VALIDATION_FAILED, "Công việc bổ sung hồ sơ được hoàn thành khi đơn vị nộp lại hồ sơ.");
        }
        StageInput input = commands.fromVariables(stage, key -> plain(task.getVariable(key)));
        TextRules.require(input.source());
        if (username == null || !(groups.contains(stage.candidateGroup()) || groups.contains(Roles.ADMIN))) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        if (stage.isProvince()) {
            UUID proposalId = ProvinceCommendationVariables.proposalId(task.getExecution());
            withFieldNames(() -> province.check(proposalId, input));
            province.record(proposalId, input, username);
            task.getExecution().setVariables(ProvinceCommendationVariables.forCompletion(input.command()));
            return;
        }
        UUID dossierId = CommendationProposalVariables.dossierId(task);
        Dossier dossier = dossiers.find(dossierId).orElseThrow(() -> new DomainException(ErrorCode.TASK_NOT_FOUND));
        StageResult result = withFieldNames(() -> rules.prepare(dossier, input));
        rules.record(result, dossierId, stage, username, null);
        task.getExecution().setVariables(CommendationProposalVariables.forCompletion(result, stage, username));
    }

    /** Tasklist shows only an error's message: a refusal names each field and what is wrong with it. */
    private static <T> T withFieldNames(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (DomainException e) {
            String fields = e.violations().stream()
                    .map(v -> v.field() + ": " + v.message())
                    .collect(Collectors.joining("; "));
            throw new DomainException(
                    e.code(), fields.isEmpty() ? e.getMessage() : e.getMessage() + " " + fields, e.violations());
        }
    }

    private static void withFieldNames(Runnable rule) {
        withFieldNames(() -> {
            rule.run();
            return null;
        });
    }

    /** A variable as plain Java: JSON (the nominee rows) as its text, a date as the business day it falls on. */
    private Object plain(Object value) {
        if (value instanceof SpinJsonNode spin) {
            return spin.toString();
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        return value;
    }
}
