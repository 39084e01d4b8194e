package org.bangfu;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One fresh PostgreSQL database per test run (JVM), dropped when the JVM ends. The server comes from
 * {@code BANGFU_TEST_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/}, user {@code postgres}). When no
 * server answers the suite falls back to in-memory H2 with a loud warning, except under {@code CI=true}, where a
 * missing PostgreSQL fails the build.
 */
public final class TestDatabase {

    private static final String SERVER = env("BANGFU_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("BANGFU_TEST_DB_USER", "postgres");
    private static final String PASSWORD = env("BANGFU_TEST_DB_PASSWORD", "");
    private static String url;
    private static boolean postgres;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            create();
        }
        return url;
    }

    public static String user() {
        url();
        return postgres ? USER : "sa";
    }

    public static String password() {
        url();
        return postgres ? PASSWORD : "";
    }

    public static boolean isPostgres() {
        url();
        return postgres;
    }

    private static void create() {
        Database database = fresh("bangfu_test_");
        url = database.url();
        postgres = database.postgres();
    }

    /**
     * Another fresh database on the same server, dropped when the JVM ends: for a test context that must not share
     * the run's database (a module slice, see {@link ModuleSlices}). The same rules as {@link #url()}: H2 with a loud
     * warning when no PostgreSQL answers, a failure under {@code CI=true}.
     */
    public static Database another(String purpose) {
        return fresh("bangfu_" + purpose + "_");
    }

    /** Where a test database is and how to log in. */
    public record Database(String url, String user, String password, boolean postgres) {
    }

    private static Database fresh(String prefix) {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String base = SERVER.endsWith("/") ? SERVER : SERVER + "/";
        try (Connection admin = DriverManager.getConnection(base + "postgres", USER, PASSWORD);
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(base, name)));
            System.out.println("[bangfu-test] using PostgreSQL database " + base + name);
            return new Database(base + name, USER, PASSWORD, true);
        } catch (SQLException unreachable) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true requires PostgreSQL at " + base + ": "
                        + unreachable.getMessage(), unreachable);
            }
            String banner = "!".repeat(100);
            System.err.println(banner + "\n!!! WARNING: no PostgreSQL at " + base + " (" + unreachable.getMessage()
                    + ")\n!!! Tests run on in-memory H2 instead. This is NOT what production uses.\n" + banner);
            return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", false);
        }
    }

    /** Runs beside Spring's own shutdown hook: give the application up to 20 s to close its pool, then force. */
    private static void drop(String base, String name) {
        try (Connection admin = DriverManager.getConnection(base + "postgres", USER, PASSWORD);
             Statement sql = admin.createStatement()) {
            for (int i = 0; i < 200 && connections(sql, name) > 0; i++) {
                Thread.sleep(100);
            }
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            System.err.println("[bangfu-test] could not drop " + name + ": " + e.getMessage());
        }
    }

    private static int connections(Statement sql, String name) throws SQLException {
        try (var rows = sql.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '" + name + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
