package vn.bacson.khenthuong.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine work as the application rather than as the web caller. Our services decide who may do what
 * (candidate groups, unit ownership) before they call the engine; the engine's own authorizations guard the
 * Camunda webapps and /engine-rest. Without this, a unit user submitting a dossier would need the right to
 * start process instances.
 */
final class EngineAccess {

    private EngineAccess() {}

    static <T> T asSystem(IdentityService identity, Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null) {
            return work.get();
        }
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            identity.setAuthentication(caller);
        }
    }

    static void asSystem(IdentityService identity, Runnable work) {
        asSystem(identity, () -> {
            work.run();
            return null;
        });
    }
}
