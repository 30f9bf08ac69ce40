package vn.bacson.khenthuong.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the engine keeps of finished work (docs/operations.md, "History level and clean-up").
 *
 * <p>The history level {@value LeanHistory#NAME} ({@code camunda.bpm.history-level}) records everything the
 * engine's {@code full} level records — instances, activities, tasks with their assignees and candidates, the
 * latest value of every variable, incidents, the user operation log, decisions, comments — except two things nobody
 * reads and every dossier paid for: the old value of a variable at each change ({@code ACT_HI_DETAIL} rows of
 * variable updates; our own {@code dossier_history} is the record of what was decided), and the log entries of jobs
 * that were created, deleted or ran without error (a deadline timer per review task: three rows each). A job's
 * failures stay in the job log, with their stack traces, and its incidents stay.
 *
 * <p>The engine refuses to start when the level written in its database differs from the configured one. A
 * database of an earlier version says {@code full}; switching between {@code full} and {@value LeanHistory#NAME}
 * changes only what is written from then on, so this plugin records the configured one of the two before the
 * engine checks (and logs it). Any other pair is left to the engine's check.
 */
@Component
class EngineHistory extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineHistory.class);
    private static final String PROPERTY = "historyLevel";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(LeanHistory.LEVEL);
        configuration.setCustomHistoryLevels(levels);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        HistoryLevel configured = configuration.getHistoryLevel();
        if (!LeanHistory.switchable(configured)) {
            return;
        }
        try (Connection connection = configuration.getDataSource().getConnection()) {
            switchRecordedLevel(connection, configuration.getDatabaseTablePrefix(), configured);
        } catch (SQLException e) {
            throw new ProcessEngineException("could not read the engine's history level", e);
        }
    }

    /**
     * Writes {@code configured} as the database's history level when the database records the other of
     * {@code full} and {@value LeanHistory#NAME}; answers the level it found (empty on a database the engine has
     * not created yet).
     */
    static Optional<Integer> switchRecordedLevel(Connection connection, String prefix, HistoryLevel configured)
            throws SQLException {
        String table = (prefix == null ? "" : prefix) + "ACT_GE_PROPERTY";
        if (!tableExists(connection, table)) {
            return Optional.empty();
        }
        Integer recorded = null;
        try (PreparedStatement select =
                connection.prepareStatement("select VALUE_ from " + table + " where NAME_ = ?")) {
            select.setString(1, PROPERTY);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    recorded = Integer.valueOf(rs.getString(1).trim());
                }
            }
        }
        if (recorded == null || recorded == configured.getId() || !LeanHistory.switchable(recorded)) {
            return Optional.ofNullable(recorded);
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set VALUE_ = ?, REV_ = REV_ + 1 where NAME_ = ? and VALUE_ = ?")) {
            update.setString(1, Integer.toString(configured.getId()));
            update.setString(2, PROPERTY);
            update.setString(3, recorded.toString());
            update.executeUpdate();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        log.info("history level of the database switched from id {} to {} as configured", recorded, configured);
        return Optional.of(recorded);
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String name = metadata.storesLowerCaseIdentifiers() ? table.toLowerCase() : table.toUpperCase();
        try (ResultSet rs = metadata.getTables(connection.getCatalog(), null, name, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    /** The history level {@value #NAME}: {@code full} without variable-update details and without the log of jobs that did not fail. */
    static final class LeanHistory implements HistoryLevel {

        static final String NAME = "full-lean";
        static final int ID = 30;
        static final LeanHistory LEVEL = new LeanHistory();

        private LeanHistory() {}

        static boolean switchable(HistoryLevel level) {
            return level != null && switchable(level.getId());
        }

        private static boolean switchable(int id) {
            return id == ID || id == HistoryLevel.HISTORY_LEVEL_FULL.getId();
        }

        @Override
        public int getId() {
            return ID;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return !(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL.equals(eventType)
                    || HistoryEventTypes.JOB_CREATE.equals(eventType)
                    || HistoryEventTypes.JOB_DELETE.equals(eventType)
                    || HistoryEventTypes.JOB_SUCCESS.equals(eventType));
        }

        @Override
        public String toString() {
            return NAME + " (id " + ID + ")";
        }
    }
}
