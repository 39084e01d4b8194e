package org.bangfu.audit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For test fixtures that need an audit row at a given time: audit_event takes no row without its chain position and
 * hashes, so fixtures append through the chain too. Runs in the caller's transaction or, outside one, statement by
 * statement; the unique chain position turns a (never expected) race of two fixtures into an error, never a fork.
 */
public final class AuditFixtures {

    private AuditFixtures() {
    }

    public static void append(JdbcClient jdbc, OffsetDateTime at, String actor, String action, Long caseId,
            Long unitId, String detail) {
        new AuditChainAppender(jdbc, null).write(List.of(new AuditChainAppender.Row(AuditChainFormat.stored(at), actor,
                action, caseId, unitId, detail)));
    }

    /** Migration V12 (the audit chain), for a module slice that migrates its own database without this module. */
    public static JavaMigration chainMigration() {
        return new AuditChainMigration();
    }

    /** Migration V26 (the chain's hashes stored as bytes), likewise. */
    public static JavaMigration hashColumnsMigration() {
        return new AuditHashColumnsMigration();
    }
}
