package org.bangfu;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bangfu nodes for the two-node test and the timers benchmark: the whole application against one database, with the
 * engine's job executor on. In this JVM (a Spring context of its own: engine and process application get unique
 * names, since Camunda keeps a JVM-wide registry of both) or as a second JVM on the test classpath.
 */
public final class Nodes {

    private Nodes() {
    }

    /** What every node gets: the database, a random port, the job executor on, no scheduled runs of Bangfu. */
    public static Map<String, Object> properties(TestDatabase.Database db) {
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", db.url());
        p.put("spring.datasource.username", db.user());
        p.put("spring.datasource.password", db.password());
        p.put("server.port", "0");
        p.put("vaadin.devmode.devTools.enabled", "false");
        p.put("camunda.bpm.job-execution.enabled", "true");
        p.put("bangfu.scheduling.enabled", "false");
        p.put("spring.main.banner-mode", "off");
        return p;
    }

    /** Starts a node in this JVM; {@code extra} overrides {@link #properties}. */
    public static ConfigurableApplicationContext start(TestDatabase.Database db, Map<String, ?> extra) {
        Map<String, Object> p = properties(db);
        // several engines and process applications in one JVM: Camunda's registries are per JVM
        p.put("camunda.bpm.generate-unique-process-engine-name", "true");
        p.put("camunda.bpm.generate-unique-process-application-name", "true");
        // the Camunda webapps keep JVM-wide state (their runtime delegates): nodes in this JVM run without them
        p.put("camunda.bpm.webapp.enabled", "false");
        p.putAll(extra);
        // as command-line arguments: default properties would lose against application.yml's placeholders
        return new SpringApplicationBuilder(BangfuApplication.class).run(p.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    public static JobExecutor jobExecutor(ConfigurableApplicationContext node) {
        return ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor();
    }

    /**
     * Starts a node as a JVM of its own (the test classpath, {@link BangfuApplication}), output to {@code log};
     * answers once its readiness probe says UP on {@code port}.
     */
    public static Process launch(TestDatabase.Database db, int port, Map<String, ?> extra, Path log,
                                 Duration timeout) throws IOException, InterruptedException {
        Map<String, Object> p = properties(db);
        p.put("server.port", String.valueOf(port));
        // engine and pool settings given to this JVM (-Dcamunda.bpm.job-execution.…) go to the second one too
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("camunda.bpm.") || key.startsWith("spring.datasource.hikari.")) {
                p.put(key, System.getProperty(key));
            }
        }
        p.putAll(extra);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        p.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(BangfuApplication.class.getName());
        Process node = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            awaitReady(port, node, timeout);
        } catch (RuntimeException | Error notReady) {
            stop(node);
            throw notReady;
        }
        return node;
    }

    /** Stops a node's JVM as the operating system would (SIGTERM, Spring's graceful shutdown), killed after 30 s. */
    public static void stop(Process node) throws InterruptedException {
        node.destroy();
        if (!node.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            node.destroyForcibly().waitFor();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitReady(int port, Process node, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!node.isAlive()) {
                throw new IllegalStateException("node on port " + port + " ended with " + node.exitValue());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("node on port " + port + " not ready within " + timeout);
    }
}
