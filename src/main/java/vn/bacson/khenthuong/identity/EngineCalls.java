package vn.bacson.khenthuong.identity;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.bacson.khenthuong.commune.CommuneContext;

/**
 * Engine calls our services make, within the current commune ({@link CommuneContext}). Our services decide who may
 * do what (candidate groups, unit ownership) before they call the engine; the engine's own authorizations guard the
 * Camunda webapps and /engine-rest. So these calls run as the application, not as the web caller, but in a commune
 * the engine authentication carries that commune as its only tenant: the engine's tenant check keeps every query,
 * correlation, claim and completion inside the commune. The engine plugin {@code process.CommuneTenancy} switches
 * only the per-user authorization check off for them ({@link #tenantOnly()}). Province and administrator work
 * ({@link CommuneContext#ALL}) runs without authentication and sees every commune; {@link CommuneContext#NONE} sees
 * nothing.
 */
public final class EngineCalls {

    private static final ThreadLocal<Boolean> TENANT_ONLY = new ThreadLocal<>();
    /** A tenant no commune has: what {@link CommuneContext#NONE} authenticates with. */
    private static final String NO_TENANT = "\u0000none";

    private EngineCalls() {}

    /** True inside {@link #inCommune}: the engine checks the tenant, not the per-user authorizations. */
    public static boolean tenantOnly() {
        return Boolean.TRUE.equals(TENANT_ONLY.get());
    }

    public static <T> T inCommune(IdentityService identity, Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        Boolean tenantOnly = TENANT_ONLY.get();
        Optional<String> commune = CommuneContext.commune();
        boolean none = CommuneContext.NONE.equals(CommuneContext.current());
        if (commune.isPresent() || none) {
            identity.setAuthentication(new Authentication(null, List.of(), List.of(commune.orElse(NO_TENANT))));
            TENANT_ONLY.set(Boolean.TRUE);
        } else if (caller != null) {
            identity.clearAuthentication();
        }
        try {
            return work.get();
        } finally {
            TENANT_ONLY.set(tenantOnly);
            if (caller != null) {
                identity.setAuthentication(caller);
            } else {
                identity.clearAuthentication();
            }
        }
    }

    public static void inCommune(IdentityService identity, Runnable work) {
        inCommune(identity, () -> {
            work.run();
            return null;
        });
    }
}
