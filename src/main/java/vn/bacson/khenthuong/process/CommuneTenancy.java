package vn.bacson.khenthuong.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.identity.EngineCalls;

/**
 * The engine's side of communes as tenants (docs/architecture.md, "Communes as tenants"). One set of process
 * definitions is shared by every commune (deployed once, without tenant: a new commune needs no deployment and a
 * new BPMN version reaches all communes at once); each process instance, and so its tasks, jobs and history,
 * carries its commune's code as tenant id:
 *
 * <ul>
 *   <li>the {@link TenantIdProvider} gives a new instance the tenant of its parent, else the commune of the work
 *       that starts it ({@link CommuneContext});
 *   <li>every delegate, listener and expression runs in the commune of its process instance, so what a job does in
 *       our tables is scoped like a request of that commune;
 *   <li>engine calls our services make for a commune user run with that tenant as the engine authentication
 *       ({@link EngineCalls}): the engine's tenant check is on for them. Our services have already decided who may
 *       do what, so for those calls this interceptor turns the engine's per-user authorization check off, never
 *       the tenant check.
 * </ul>
 */
@Component
class CommuneTenancy extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new CommuneTenantIds());
        configuration.setTenantCheckEnabled(true);
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new TenantOnlyChecks());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDelegateInterceptor(new InCommuneOfExecution(configuration.getDelegateInterceptor()));
    }

    private static final class CommuneTenantIds implements TenantIdProvider {

        @Override
        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
            if (ctx.getSuperExecution() != null) {
                return ctx.getSuperExecution().getTenantId();
            }
            return CommuneContext.commune().orElse(null);
        }

        @Override
        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
            return CommuneContext.commune().orElse(null);
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
            if (ctx.getExecution() != null) {
                return ctx.getExecution().getTenantId();
            }
            return CommuneContext.commune().orElse(null);
        }
    }

    private static final class TenantOnlyChecks extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (EngineCalls.tenantOnly() && Context.getCommandContext() != null) {
                Context.getCommandContext().disableAuthorizationCheck();
            }
            return next.execute(command);
        }
    }

    private record InCommuneOfExecution(DelegateInterceptor inner) implements DelegateInterceptor {

        @Override
        public void handleInvocation(DelegateInvocation invocation) throws Exception {
            BaseDelegateExecution execution = invocation.getContextExecution();
            String tenant = execution instanceof DelegateExecution delegate ? delegate.getTenantId() : null;
            if (tenant == null) {
                inner.handleInvocation(invocation);
                return;
            }
            try (CommuneContext.Scope scope = CommuneContext.open(tenant)) {
                inner.handleInvocation(invocation);
            }
        }
    }
}
