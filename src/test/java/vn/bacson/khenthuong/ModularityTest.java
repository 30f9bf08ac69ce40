package vn.bacson.khenthuong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of docs/architecture.md: each top-level package is a module whose top package is its API;
 * no cycles between modules and no reaching into another module's sub-packages.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KhenThuongApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleCanvasIntoTheBuild() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeModuleCanvases();
    }
}
