package org.bangfu.workflow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the process migrations Flyway has requested and that have not run yet, once the application (and so the
 * engine with the shipped models) is up. Each runs in its own transaction under a row lock, so two nodes starting
 * together do not both run it; the row keeps the counts and the report.
 */
@Service
public class ProcessMigrations {

    private static final Logger log = LoggerFactory.getLogger(ProcessMigrations.class);

    static final String PENDING = """
            SELECT id FROM process_migration WHERE done_at IS NULL ORDER BY requested_at, id""";
    static final String LOCK = """
            SELECT id FROM process_migration WHERE id = :id AND done_at IS NULL FOR UPDATE""";
    static final String DONE = """
            UPDATE process_migration SET done_at = :at, migrated = :migrated, failed = :failed, report = :report
            WHERE id = :id""";

    private final JdbcClient jdbc;
    private final Map<String, ProcessMigration> migrations;
    private final Clock clock;

    ProcessMigrations(JdbcClient jdbc, List<ProcessMigration> migrations, Clock clock) {
        this.jdbc = jdbc;
        this.migrations = migrations.stream().collect(Collectors.toMap(ProcessMigration::id, Function.identity()));
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        for (String id : jdbc.sql(PENDING).query(String.class).list()) {
            ProcessMigration migration = migrations.get(id);
            if (migration == null) {
                log.warn("Process migration {} is requested but no step of that id exists", id);
                continue;
            }
            run(migration);
        }
    }

    /** Runs the step if its row is still pending; answers its result, or null when it had run already. */
    @Transactional
    public ProcessMigration.Result run(ProcessMigration migration) {
        if (jdbc.sql(LOCK).param("id", migration.id()).query(String.class).optional().isEmpty()) {
            return null;
        }
        ProcessMigration.Result result = migration.migrate();
        String report = result.report().length() > 4000 ? result.report().substring(0, 4000) : result.report();
        jdbc.sql(DONE).param("at", OffsetDateTime.now(clock)).param("migrated", result.migrated())
                .param("failed", result.failed()).param("report", report).param("id", migration.id()).update();
        log.info("Process migration {}: {} instances moved, {} could not: {}", migration.id(), result.migrated(),
                result.failed(), report);
        return result;
    }
}
