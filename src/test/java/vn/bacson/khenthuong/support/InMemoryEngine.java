package vn.bacson.khenthuong.support;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * A throw-away engine on an in-memory H2 database for fast unit tests of the engine glue (identity, task list)
 * without Spring. Same identity rules as the application: ids with hyphens are allowed.
 */
public final class InMemoryEngine {

    private InMemoryEngine() {}

    public static ProcessEngine start() {
        String name = "test-" + UUID.randomUUID();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                        .setProcessEngineName(name)
                        .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000")
                        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                        .setJobExecutorActivate(false);
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9_-]+");
        configuration.setEnforceHistoryTimeToLive(false);
        return configuration.buildProcessEngine();
    }
}
