package org.bangfu.benchmark.province;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.bangfu.BangfuApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the province generator on the real application: creates the named database on the local PostgreSQL server
 * when it is missing (never drops it), starts Bangfu on it (Flyway, the engine, the deployed models; no web server,
 * web server on a free port only because the screens' configuration needs one, no job executor, no
 * scheduled steps), generates what is not there yet and stops the application again.
 */
public final class ProvinceRun {

    /** The server, as for the tests: {@code BANGFU_TEST_DB_URL}, user {@code postgres} (see TestDatabase). */
    static final String SERVER = env("BANGFU_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = env("BANGFU_TEST_DB_USER", "postgres");
    static final String PASSWORD = env("BANGFU_TEST_DB_PASSWORD", "");

    private ProvinceRun() {
    }

    public static ProvinceGenerator.Result generate(ProvinceOptions options, PrintStream out) {
        try (Session session = open(options.db(), options.threads(), out)) {
            return session.generate(options);
        }
    }

    /** Bangfu running on the named database (created if missing), until closed. */
    public static Session open(String db, int threads, PrintStream out) {
        String url = base() + db;
        if (ensureDatabase(db)) {
            out.println("[province] created database " + url);
        } else {
            out.println("[province] continuing in existing database " + url);
        }
        long start = System.nanoTime();
        // a second application in this JVM installs its own global security-context strategy (Vaadin's): the
        // session gives the JVM's back when it closes, so an application already running here keeps working
        org.springframework.security.core.context.SecurityContextHolderStrategy before =
                org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(BangfuApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url + "?reWriteBatchedInserts=true",
                        "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                        "--spring.datasource.hikari.maximum-pool-size=" + (threads + 4),
                        "--camunda.bpm.job-execution.enabled=false", "--bangfu.scheduling.enabled=false",
                        "--vaadin.devmode.devTools.enabled=false", "--spring.main.banner-mode=off",
                        // also inside a test JVM that runs the shared application: Camunda's registries are per JVM
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--camunda.bpm.generate-unique-process-application-name=true",
                        // the Camunda webapps keep JVM-wide state too: not needed to generate, not started
                        "--camunda.bpm.webapp.enabled=false",
                        "--logging.level.root=warn", "--logging.level.org.bangfu=warn");
        out.printf(Locale.ROOT, "[province] application up on %s in %.1f s%n", url, (System.nanoTime() - start) / 1e9);
        return new Session(app, out, before);
    }

    /** A running application on a province database. */
    public record Session(ConfigurableApplicationContext app, PrintStream out,
            org.springframework.security.core.context.SecurityContextHolderStrategy before) implements AutoCloseable {

        /** Generates what the database does not hold yet (a new generator: all it knows comes from the data). */
        public ProvinceGenerator.Result generate(ProvinceOptions options) {
            return new ProvinceGenerator(app, options, out).run();
        }

        public <T> T bean(Class<T> type) {
            return app.getBean(type);
        }

        @Override
        public void close() {
            app.close();
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    static String base() {
        return SERVER.endsWith("/") ? SERVER : SERVER + "/";
    }

    /** Creates the database unless it exists; answers whether it was created. */
    static boolean ensureDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(base() + "postgres", USER, PASSWORD);
             Statement sql = admin.createStatement()) {
            try (var rows = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rows.next()) {
                    return false;
                }
            }
            sql.execute("CREATE DATABASE " + name);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("no PostgreSQL at " + base() + ": " + e.getMessage(), e);
        }
    }

    /** For tests: drops a database this class created. */
    static void dropDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(base() + "postgres", USER, PASSWORD);
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("[province] could not drop " + name + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
