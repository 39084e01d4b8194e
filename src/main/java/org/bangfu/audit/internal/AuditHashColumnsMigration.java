package org.bangfu.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V26: {@code audit_event.prev_hash} and {@code row_hash} hold the 32 bytes of the SHA-256 instead
 * of its 64 hex characters (a row shrinks by 64 of its ~250 bytes; the chain, its format and every hash stay the
 * same: the hex text is only how a hash is shown and hashed, see {@link AuditChainFormat}). PostgreSQL converts the
 * columns in place ({@code ALTER ... TYPE bytea USING decode(..., 'hex')}, which fires no row trigger); H2 (the
 * development database) gets new columns filled from the old ones with its append-only update trigger lifted for
 * the moment of the migration.
 */
@Component
class AuditHashColumnsMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("26");
    }

    @Override
    public String getDescription() {
        return "audit hashes binary";
    }

    @Override
    public Integer getChecksum() {
        return 26_001;
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
            if (postgres) {
                sql.execute("ALTER TABLE audit_event ALTER COLUMN prev_hash TYPE BYTEA USING decode(prev_hash, 'hex'),"
                        + " ALTER COLUMN row_hash TYPE BYTEA USING decode(row_hash, 'hex')");
                return;
            }
            sql.execute("ALTER TABLE audit_event ADD COLUMN prev_hash_bin VARBINARY(32)");
            sql.execute("ALTER TABLE audit_event ADD COLUMN row_hash_bin VARBINARY(32)");
            sql.execute("DROP TRIGGER audit_event_no_update");
            try (PreparedStatement update = conn.prepareStatement(
                    "UPDATE audit_event SET prev_hash_bin = ?, row_hash_bin = ? WHERE id = ?");
                 ResultSet rows = sql.executeQuery("SELECT id, prev_hash, row_hash FROM audit_event")) {
                int pending = 0;
                while (rows.next()) {
                    update.setBytes(1, HexFormat.of().parseHex(rows.getString(2)));
                    update.setBytes(2, HexFormat.of().parseHex(rows.getString(3)));
                    update.setLong(3, rows.getLong(1));
                    update.addBatch();
                    if (++pending == 1000) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    update.executeBatch();
                }
            }
        }
        try (Statement sql = conn.createStatement()) {
            sql.execute("ALTER TABLE audit_event DROP COLUMN prev_hash");
            sql.execute("ALTER TABLE audit_event DROP COLUMN row_hash");
            sql.execute("ALTER TABLE audit_event ALTER COLUMN prev_hash_bin RENAME TO prev_hash");
            sql.execute("ALTER TABLE audit_event ALTER COLUMN row_hash_bin RENAME TO row_hash");
            sql.execute("ALTER TABLE audit_event ALTER COLUMN prev_hash SET NOT NULL");
            sql.execute("ALTER TABLE audit_event ALTER COLUMN row_hash SET NOT NULL");
            sql.execute("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW CALL '"
                    + H2AppendOnlyTrigger.class.getName() + "'");
        }
    }
}
