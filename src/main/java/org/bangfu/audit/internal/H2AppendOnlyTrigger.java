package org.bangfu.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's counterpart of the PostgreSQL trigger function {@code audit_append_only()}: refuses every UPDATE and DELETE
 * on the append-only audit tables of the zero-setup H2 database (see {@link AuditChainMigration}). H2 fires no
 * trigger on TRUNCATE; there the foreign key from {@code audit_chain_head} refuses it.
 */
public class H2AppendOnlyTrigger implements Trigger {

    private String table;
    private String operation;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
        this.operation = (type & Trigger.DELETE) != 0 ? "DELETE" : "UPDATE";
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(AuditChainMigration.refusal(table, operation), "P0001");
    }
}
