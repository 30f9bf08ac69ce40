package vn.bacson.khenthuong.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * Engine plugin of the task projection (picked up by the Camunda Spring Boot starter like every
 * ProcessEnginePlugin bean). At parse time it adds {@link TaskProjection} as a built-in task listener to every
 * user task whose id is a stage's task definition key, so the BPMN files stay as the Modeler wrote them; once the
 * engine is built (after Flyway, before the job executor and the web server start) it reconciles the projection
 * with the engine's open tasks.
 *
 * <p>It must not depend on the engine's service beans: the engine is built from the plugins.
 */
@Component
class TaskProjectionPlugin extends AbstractProcessEnginePlugin {

    private final TaskProjection projection;
    private final TaskProjectionReconciler reconciler;

    TaskProjectionPlugin(TaskProjection projection, TaskProjectionReconciler reconciler) {
        this.projection = projection;
        this.reconciler = reconciler;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new StageTaskParseListener());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        reconciler.reconcileAtStart(engine.getManagementService());
    }

    private final class StageTaskParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (Stage.ofTaskDefinitionKey(activity.getId()).isEmpty()
                    || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
                return;
            }
            TaskDefinition definition = behavior.getTaskDefinition();
            for (String event : TaskProjection.EVENTS) {
                definition.addBuiltInTaskListener(event, projection);
            }
        }
    }
}
