package org.bangfu.organization.internal;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V31 (issue 14, a Java migration like V12: Spring Boot hands every {@link JavaMigration} bean to Flyway): the
 * indexes of the unit lookups at province scale. A unit's direct children are read by parent in code order; a
 * subtree by its path prefix in tree order ({@code path COLLATE "C" LIKE prefix%}, {@code ORDER BY path COLLATE
 * "C"}). A prefix LIKE uses a b-tree only under the "C" collation, which a database's default ({@code C.UTF-8},
 * {@code zh_CN.UTF-8}) is not, so PostgreSQL gets an index on the C-collated path. H2, the tests' fallback, has no
 * index collations: it gets the first index only, which plain SQL could not say.
 */
@Component
class UnitIndexMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("31");
    }

    @Override
    public String getDescription() {
        return "unit indexes";
    }

    @Override
    public Integer getChecksum() {
        return 31_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection conn = context.getConnection();
        try (Statement sql = conn.createStatement()) {
            sql.execute("CREATE INDEX org_unit_parent_ix ON org_unit (parent_id, code)");
            if (conn.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                sql.execute("CREATE INDEX org_unit_path_c_ix ON org_unit (path COLLATE \"C\")");
            }
        }
    }
}
