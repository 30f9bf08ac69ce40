package vn.bacson.khenthuong.process;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.bacson.khenthuong.commune.CommuneContext;

/**
 * Runs engine work as the application rather than as the web caller, within the caller's commune. Our services
 * decide who may do what (candidate groups, unit ownership) before they call the engine; the engine's own
 * authorizations guard the Camunda webapps and /engine-rest. Without this, a unit user submitting a dossier would
 * need the right to start process instances.
 *
 * <p>In a commune ({@link CommuneContext}) the engine authentication carries that commune as its only tenant, so
 * the engine's tenant check keeps every query, correlation and completion inside the commune ({@link
 * CommuneTenancy} switches only the per-user authorization check off for these calls). Province and administrator
 * work ({@link CommuneContext#ALL}) runs without authentication and sees every commune.
 */
final class EngineAccess {

    private EngineAccess() {}

    static <T> T asSystem(IdentityService identity, Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        Boolean tenantOnly = CommuneTenancy.TENANT_ONLY.get();
        Optional<String> commune = CommuneContext.commune();
        boolean none = CommuneContext.NONE.equals(CommuneContext.current());
        if (commune.isPresent() || none) {
            // no commune at all: a tenant that does not exist, so the engine finds nothing
            String tenant = commune.orElse("\u0000none");
            identity.setAuthentication(new Authentication(null, List.of(), List.of(tenant)));
            CommuneTenancy.TENANT_ONLY.set(Boolean.TRUE);
        } else if (caller != null) {
            identity.clearAuthentication();
        }
        try {
            return work.get();
        } finally {
            CommuneTenancy.TENANT_ONLY.set(tenantOnly);
            if (caller != null) {
                identity.setAuthentication(caller);
            } else {
                identity.clearAuthentication();
            }
        }
    }

    static void asSystem(IdentityService identity, Runnable work) {
        asSystem(identity, () -> {
            work.run();
            return null;
        });
    }
}
