package org.bangfu.workflow.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes on the engine's tables that Camunda's schema lacks for the queries Bangfu runs (docs/benchmarks.md,
 * "Engine history and indexes"). They are created where the engine's own schema is: right after the engine has
 * created or updated its tables at start-up (a new database: Flyway runs before the engine has any table), and by
 * Flyway V21 on a database whose engine tables exist already (so the owner's run creates them when the server's role
 * may not). Each statement is idempotent ({@code IF NOT EXISTS}, PostgreSQL and H2 alike).
 */
final class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    /** The SLA sweep: open tasks whose follow-up date has come ({@code TaskQuery.followUpBefore}). */
    static final String TASK_FOLLOW_UP = "BF_IDX_TASK_FOLLOW_UP";

    static final List<String> STATEMENTS = List.of(
            "CREATE INDEX IF NOT EXISTS " + TASK_FOLLOW_UP + " ON ACT_RU_TASK (FOLLOW_UP_DATE_)");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if ("false".equalsIgnoreCase(configuration.getDatabaseSchemaUpdate())) {
            // the server's role may not change the schema; Flyway V21 (as the owner) or the owner's run creates them
            log.info("Engine schema updates are off: engine indexes {} are left to the schema owner", STATEMENTS);
            return;
        }
        create(configuration.getDataSource());
    }

    static void create(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                create(connection);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not create the engine indexes " + STATEMENTS, e);
        }
    }

    /** Creates the missing indexes if the engine's tables exist; answers whether they do. */
    static boolean create(Connection connection) throws SQLException {
        if (!tableExists(connection, "ACT_RU_TASK")) {
            return false;
        }
        try (Statement sql = connection.createStatement()) {
            for (String statement : STATEMENTS) {
                sql.execute(statement);
            }
        }
        return true;
    }

    /** Whether the table exists, whichever case the database stores unquoted names in. */
    static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = meta.getTables(connection.getCatalog(), null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
