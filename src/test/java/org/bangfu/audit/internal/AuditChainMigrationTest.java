package org.bangfu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.bangfu.TestDatabase;
import org.bangfu.audit.ChainVerification;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migration V12 on a database that already holds audit rows, on H2 (the zero-setup database) and on PostgreSQL (in
 * a schema of its own): the rows are chained, the chain verifies, and the table is append-only afterwards.
 */
class AuditChainMigrationTest {

    @Test
    void onH2ExistingRowsAreChainedAndTheTableBecomesAppendOnly() {
        String url = "jdbc:h2:mem:chain_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        try {
            migrateWithExistingRows(Flyway.configure().dataSource(dataSource), dataSource, null);
        } finally {
            dataSource.destroy();
        }
    }

    @Test
    void onPostgresExistingRowsAreChainedAndTheTableBecomesAppendOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
        String schema = "chain_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(TestDatabase.url() + "?currentSchema="
                + schema, TestDatabase.user(), TestDatabase.password(), true);
        try {
            migrateWithExistingRows(Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true),
                    dataSource, "TRUNCATE");
        } finally {
            dataSource.destroy();
            try (Connection conn = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                    TestDatabase.password()); Statement sql = conn.createStatement()) {
                sql.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void migrateWithExistingRows(org.flywaydb.core.api.configuration.FluentConfiguration config,
            DataSource dataSource, String postgresOnly) {
        config.locations("classpath:db/migration").javaMigrations(new AuditChainMigration(),
                new AuditHashColumnsMigration());
        MigrationVersion twelve = MigrationVersion.fromVersion("12");
        MigrationVersion before = java.util.Arrays.stream(Flyway.configure().configuration(config).load().info().all())
                .map(MigrationInfo::getVersion).filter(v -> v.isNewerThan("0") && twelve.isNewerThan(v.getVersion()))
                .max(MigrationVersion::compareTo).orElseThrow();
        Flyway.configure().configuration(config).target(before).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        OffsetDateTime at = OffsetDateTime.of(2025, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        for (int i = 0; i < 1200; i++) {
            jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, case_id, unit_id, detail) "
                            + "VALUES (?, ?, 'EDITED', ?, NULL, ?)")
                    .params(at.plusSeconds(i), "user" + i % 7, i % 3 == 0 ? null : (long) i, i % 5 == 0 ? null : "row " + i)
                    .update();
        }

        Flyway.configure().configuration(config).load().migrate();

        AuditChainVerifier verifier = new AuditChainVerifier(jdbc, null);
        ChainVerification result = verifier.verify((done, total) -> { });
        assertThat(result.isIntact()).as(result.summary()).isTrue();
        assertThat(result.checked()).isEqualTo(1200);
        assertThat(AuditChainFormat.hex(jdbc.sql("SELECT prev_hash FROM audit_event WHERE chain_position = 1")
                .query(byte[].class).single())).isEqualTo(AuditChainFormat.GENESIS);
        assertThat(jdbc.sql("SELECT row_hash FROM audit_event WHERE chain_position = 1200").query(byte[].class)
                .single()).as("V26: the hash's 32 bytes").hasSize(32);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'mallory' WHERE chain_position = 7").update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE chain_position = 1200").update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain_head").update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE TABLE audit_event").update());
        if (postgresOnly != null) {
            assertThatThrownBy(() -> jdbc.sql("TRUNCATE TABLE audit_event CASCADE").update())
                    .hasStackTraceContaining("append-only");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isEqualTo(1200);

        AuditChainAppender appender = new AuditChainAppender(jdbc,
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
        appender.append(new AuditChainAppender.Row(at.plusDays(1), "after", "EDITED", 5L, 7L, "appended after V12"));
        appender.append(new AuditChainAppender.Row(at.plusDays(2), "after", "EDITED", null, null, null));
        ChainVerification after = verifier.verify((done, total) -> { });
        assertThat(after.isIntact()).as(after.summary()).isTrue();
        assertThat(after.checked()).isEqualTo(1202);
    }
}
