package org.bangfu.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V12 (a Java migration, so it runs on PostgreSQL and on the zero-setup H2 database alike; Spring
 * Boot hands every {@link JavaMigration} bean to Flyway): turns {@code audit_event} into an append-only hash chain.
 * <ol>
 * <li>adds {@code chain_position} (1, 2, 3 … without gaps), {@code prev_hash} and {@code row_hash} (see
 * {@link AuditChainFormat}), and the one-row table {@code audit_chain_head} that every append locks;</li>
 * <li>chains the rows already there, in id order, from the genesis value;</li>
 * <li>makes the table append-only: on PostgreSQL a plpgsql trigger refuses UPDATE, DELETE and TRUNCATE; on H2 a
 * Java trigger ({@link H2AppendOnlyTrigger}) refuses UPDATE and DELETE, and the head's foreign key refuses
 * TRUNCATE. The head row itself may be updated (by appends) but never deleted.</li>
 * </ol>
 */
@Component
class AuditChainMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(AuditChainMigration.class);
    private static final int PAGE = 1000;

    static String refusal(String table, String operation) {
        return table + " is append-only: " + operation + " is refused (see docs/security/audit-chain.md)";
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("12");
    }

    @Override
    public String getDescription() {
        return "audit chain";
    }

    @Override
    public Integer getChecksum() {
        return 12_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection conn = context.getConnection();
        boolean postgres = conn.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        try (Statement sql = conn.createStatement()) {
            sql.execute("ALTER TABLE audit_event ADD COLUMN chain_position BIGINT");
            sql.execute("ALTER TABLE audit_event ADD COLUMN prev_hash VARCHAR(64)");
            sql.execute("ALTER TABLE audit_event ADD COLUMN row_hash VARCHAR(64)");
            sql.execute("""
                    CREATE TABLE audit_chain_head (
                        id            INT         NOT NULL PRIMARY KEY CHECK (id = 1),
                        last_position BIGINT      NOT NULL,
                        last_hash     VARCHAR(64) NOT NULL,
                        last_event_id BIGINT      REFERENCES audit_event (id)
                    )""");
        }
        long[] head = chainExistingRows(conn);
        String lastHash = head[0] == 0 ? AuditChainFormat.GENESIS : lastHash(conn, head[0]);
        try (PreparedStatement insert = conn.prepareStatement(
                "INSERT INTO audit_chain_head (id, last_position, last_hash, last_event_id) VALUES (1, ?, ?, ?)")) {
            insert.setLong(1, head[0]);
            insert.setString(2, lastHash);
            insert.setObject(3, head[0] == 0 ? null : head[1], java.sql.Types.BIGINT);
            insert.executeUpdate();
        }
        try (Statement sql = conn.createStatement()) {
            sql.execute("ALTER TABLE audit_event ALTER COLUMN chain_position SET NOT NULL");
            sql.execute("ALTER TABLE audit_event ALTER COLUMN prev_hash SET NOT NULL");
            sql.execute("ALTER TABLE audit_event ALTER COLUMN row_hash SET NOT NULL");
            sql.execute("ALTER TABLE audit_event ADD CONSTRAINT audit_event_position_uk UNIQUE (chain_position)");
            if (postgres) {
                sql.execute("""
                        CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                            RAISE EXCEPTION '% is append-only: % is refused (see docs/security/audit-chain.md)',
                                TG_TABLE_NAME, TG_OP;
                        END
                        $$""");
                sql.execute("CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
                        + "ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()");
                sql.execute("CREATE TRIGGER audit_chain_head_kept BEFORE DELETE OR TRUNCATE "
                        + "ON audit_chain_head FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()");
            } else {
                String trigger = "'" + H2AppendOnlyTrigger.class.getName() + "'";
                sql.execute("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW CALL "
                        + trigger);
                sql.execute("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW CALL "
                        + trigger);
                sql.execute("CREATE TRIGGER audit_chain_head_kept BEFORE DELETE ON audit_chain_head FOR EACH ROW "
                        + "CALL " + trigger);
                log.warn("H2: audit_event is append-only through a Java trigger (UPDATE, DELETE) and a foreign key "
                        + "(TRUNCATE); H2 is the development database, production runs on PostgreSQL.");
            }
        }
        log.info("Audit chain: {} existing audit rows chained", head[0]);
    }

    /** Chains the rows already present in id order; answers {last position, last id}. */
    private static long[] chainExistingRows(Connection conn) throws SQLException {
        long position = 0;
        long lastId = 0;
        String prev = AuditChainFormat.GENESIS;
        try (PreparedStatement page = conn.prepareStatement("SELECT id, occurred_at, actor, action, case_id, unit_id, "
                + "detail FROM audit_event WHERE id > ? ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY");
             PreparedStatement update = conn.prepareStatement(
                     "UPDATE audit_event SET chain_position = ?, prev_hash = ?, row_hash = ? WHERE id = ?")) {
            boolean more = true;
            while (more) {
                page.setLong(1, lastId);
                int n = 0;
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        n++;
                        position++;
                        lastId = rows.getLong("id");
                        String hash = AuditChainFormat.rowHash(prev, position,
                                rows.getObject("occurred_at", OffsetDateTime.class), rows.getString("actor"),
                                rows.getString("action"), nullableLong(rows, "case_id"),
                                nullableLong(rows, "unit_id"), rows.getString("detail"));
                        update.setLong(1, position);
                        update.setString(2, prev);
                        update.setString(3, hash);
                        update.setLong(4, lastId);
                        update.addBatch();
                        prev = hash;
                    }
                }
                if (n > 0) {
                    update.executeBatch();
                }
                more = n == PAGE;
            }
        }
        return new long[] {position, lastId};
    }

    private static String lastHash(Connection conn, long position) throws SQLException {
        try (PreparedStatement last = conn.prepareStatement("SELECT row_hash FROM audit_event WHERE chain_position = ?")) {
            last.setLong(1, position);
            try (ResultSet row = last.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    static Long nullableLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
