package vn.bacson.khenthuong.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import vn.bacson.khenthuong.identity.EngineCalls;

/**
 * Runs engine work as the application rather than as the web caller, within the caller's commune
 * ({@link EngineCalls}: the engine's tenant check holds, its per-user authorization check is for the webapps).
 */
final class EngineAccess {

    private EngineAccess() {}

    static <T> T asSystem(IdentityService identity, Supplier<T> work) {
        return EngineCalls.inCommune(identity, work);
    }

    static void asSystem(IdentityService identity, Runnable work) {
        EngineCalls.inCommune(identity, work);
    }
}
