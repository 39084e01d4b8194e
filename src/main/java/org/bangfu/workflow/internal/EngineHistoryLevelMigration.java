package org.bangfu.workflow.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V21 (a Java migration, for PostgreSQL and H2 alike; Flyway runs before the engine starts), for a
 * database whose engine tables exist already:
 * <ol>
 * <li>switches the history level the engine stored at its first start (until now {@code full}) to the configured
 * one ({@code camunda.bpm.history-level}, now {@code activity}). The engine refuses to start when the stored level
 * differs from the configured one ("historyLevel mismatch"); history written so far stays as it is.</li>
 * <li>creates the indexes of {@link EngineIndexes} (here as the schema owner, who runs Flyway).</li>
 * </ol>
 * On a new database there is nothing to do: the engine creates its tables after Flyway and stores the configured
 * level itself.
 */
@Component
class EngineHistoryLevelMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(EngineHistoryLevelMigration.class);
    private static final List<HistoryLevel> LEVELS = List.of(HistoryLevel.HISTORY_LEVEL_NONE,
            HistoryLevel.HISTORY_LEVEL_ACTIVITY, HistoryLevel.HISTORY_LEVEL_AUDIT, HistoryLevel.HISTORY_LEVEL_FULL);

    private final String configuredLevel;

    EngineHistoryLevelMigration(@Value("${camunda.bpm.history-level:full}") String configuredLevel) {
        this.configuredLevel = configuredLevel;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("21");
    }

    @Override
    public String getDescription() {
        return "engine history level and indexes";
    }

    @Override
    public Integer getChecksum() {
        return 21_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (alignHistoryLevel(connection, configuredLevel)) {
            log.info("Engine history level stored in ACT_GE_PROPERTY set to '{}'", configuredLevel);
        }
        EngineIndexes.create(connection);
    }

    /**
     * Stores the configured history level as the engine's, if the engine's tables exist and another level is stored;
     * answers whether it changed it. {@code auto} (the engine takes the stored level) changes nothing.
     */
    static boolean alignHistoryLevel(Connection connection, String configured) throws SQLException {
        Optional<HistoryLevel> level = LEVELS.stream()
                .filter(l -> l.getName().equals(configured.trim().toLowerCase(Locale.ROOT))).findFirst();
        if (level.isEmpty() || !EngineIndexes.tableExists(connection, "ACT_GE_PROPERTY")) {
            return false;
        }
        String id = Integer.toString(level.get().getId());
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE ACT_GE_PROPERTY SET VALUE_ = ?, REV_ = REV_ + 1 WHERE NAME_ = 'historyLevel' AND VALUE_ <> ?")) {
            update.setString(1, id);
            update.setString(2, id);
            return update.executeUpdate() > 0;
        }
    }
}
