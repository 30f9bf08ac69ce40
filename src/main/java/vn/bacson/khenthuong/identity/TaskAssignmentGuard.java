package vn.bacson.khenthuong.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The engine's own refusal to hand a task to someone else. With {@code defaultUserPermissionNameForTask:
 * TASK_WORK} a candidate (group) gets TASK_WORK, not UPDATE or TASK_ASSIGN, so setAssignee and delegate are
 * refused by the engine; but the engine lets TASK_WORK claim a task <em>for any user id</em>
 * ({@code TaskService.claim(taskId, "thon2")}). This built-in assignment listener on every user task closes that:
 * when the engine knows the caller (the webapps, /engine-rest) and the new assignee is someone else, the caller
 * needs UPDATE or TASK_ASSIGN on the task (camunda-admin has both), else {@link AuthorizationException}.
 *
 * <p>Work our services do runs without an engine authentication (review.EngineAccess), after our own checks.
 */
@Component
class TaskAssignmentGuard extends AbstractProcessEnginePlugin {

    static final TaskListener ONLY_FOR_YOURSELF = TaskAssignmentGuard::refuseAssigningOthers;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition()
                            .addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, ONLY_FOR_YOURSELF);
                }
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    static void refuseAssigningOthers(DelegateTask task) {
        CommandContext context = Context.getCommandContext();
        // listeners run with the context's authorization check off (authorizationEnabledForCustomCode=false), so
        // ask the engine's configuration and check the caller's authorizations explicitly
        if (context == null || !context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
            return;
        }
        Authentication caller = context.getAuthentication();
        String assignee = task.getAssignee();
        if (caller == null || caller.getUserId() == null || assignee == null || assignee.equals(caller.getUserId())) {
            return;
        }
        AuthorizationManager authorizations = context.getAuthorizationManager();
        String userId = caller.getUserId();
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (authorizations.isCamundaAdmin(caller)
                || authorizations.isAuthorized(
                        userId, groups, TaskPermissions.TASK_ASSIGN, Resources.TASK, task.getId())
                || authorizations.isAuthorized(userId, groups, Permissions.UPDATE, Resources.TASK, task.getId())) {
            return;
        }
        throw new AuthorizationException(
                userId, TaskPermissions.TASK_ASSIGN.getName(), Resources.TASK.resourceName(), task.getId());
    }
}
