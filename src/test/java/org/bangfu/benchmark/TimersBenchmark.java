package org.bangfu.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bangfu.CaseJourney;
import org.bangfu.FollowUpTimers;
import org.bangfu.Nodes;
import org.bangfu.TestDatabase;
import org.bangfu.identification.HardshipCase;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a timed test: {@code bench/run timers --due N [--nodes 1|2]}. On its own fresh PostgreSQL database,
 * one open file (a real application through the services) and {@code N} follow-up periods of it
 * ({@code FollowUpProcess}, the file's own and {@code N-1} more engine instances with its variables, 4 threads, 100
 * per transaction), each waiting on its visit-cycle timer. Then all {@code N} timers are made due at once (their due
 * date set to now) and the job executors of one node (this JVM) or two (a second JVM on the test classpath, the
 * same database) drain them: each firing runs {@code Task_StartVisit}, which starts a {@code FollowUpVisitProcess}
 * with its user task and inbox row, and schedules the next visit a cycle later.
 * <p>
 * {@code drain_s}: from making them due until no job is due any more. Checks that every period passed
 * {@code Task_StartVisit} exactly once, that {@code N} visits were started and that no job failed. Writes
 * {@code target/benchmark-timers.txt}; last line {@code RESULT timers due=N nodes=… drain_s=… jobs_per_s=…}.
 */
@EnabledIfSystemProperty(named = "bangfu.benchmark", matches = "timers|true")
class TimersBenchmark {

    private static final int DUE = Integer.getInteger("bangfu.bench.due", 10_000);
    private static final int NODES = Integer.getInteger("bangfu.bench.nodes", 1);

    private final List<String> report = new ArrayList<>();

    @Test
    void dueTimersAreDrainedOnceEach() throws Exception {
        assertThat(NODES).as("bangfu.bench.nodes").isBetween(1, 2);
        TestDatabase.Database db = TestDatabase.another("timers");
        assertThat(db.postgres()).as("the timers benchmark needs PostgreSQL").isTrue();
        ConfigurableApplicationContext node = Nodes.start(db, Map.of());
        Process second = null;
        try {
            JdbcClient jdbc = node.getBean(JdbcClient.class);
            // no executor while the file is prepared: the journey runs its own jobs and moves the clock
            Nodes.jobExecutor(node).shutdown();
            long prepare = System.nanoTime();
            int periods = prepare(node, DUE);
            ClockUtil.reset();
            jdbc.sql("ANALYZE").update();
            line("prepared %d follow-up periods in %.0f s", periods, (System.nanoTime() - prepare) / 1e9);
            Nodes.jobExecutor(node).start();
            if (NODES == 2) {
                long launch = System.nanoTime();
                second = Nodes.launch(db, Nodes.freePort(), Map.of(), Path.of("target", "bench-timers-node-2.log"),
                        Duration.ofMinutes(3));
                line("second node (JVM) ready in %.0f s", (System.nanoTime() - launch) / 1e9);
            }

            long start = System.nanoTime();
            int due = FollowUpTimers.makeDue(jdbc);
            assertThat(due).isEqualTo(DUE);
            long lastShown = start;
            while (true) {
                long left = FollowUpTimers.due(jdbc);
                if (left == 0) {
                    break;
                }
                if (System.nanoTime() - lastShown > 10e9) {
                    lastShown = System.nanoTime();
                    line("  %.0f s: %d due", (lastShown - start) / 1e9, left);
                }
                assertThat(System.nanoTime() - start).as("drain time").isLessThan(Duration.ofMinutes(20).toNanos());
                Thread.sleep(100);
            }
            double drain = (System.nanoTime() - start) / 1e9;

            long fired = FollowUpTimers.fired(jdbc);
            long periodsFired = FollowUpTimers.periodsFired(jdbc);
            long visitProcesses = FollowUpTimers.visitsStarted(jdbc);
            long failed = FollowUpTimers.failed(jdbc);
            line("fired %d timers of %d periods, %d visits started, %d failed jobs", fired, periodsFired,
                    visitProcesses, failed);
            assertThat(fired).as("Task_StartVisit runs").isEqualTo(DUE);
            assertThat(periodsFired).as("periods whose timer fired").isEqualTo(DUE);
            assertThat(visitProcesses).as("visits started").isEqualTo(DUE);
            assertThat(failed).as("failed jobs").isZero();
            line("RESULT timers due=%d nodes=%d drain_s=%.1f jobs_per_s=%.0f", DUE, NODES, drain, DUE / drain);
            Files.writeString(Path.of("target", "benchmark-timers.txt"),
                    String.join(System.lineSeparator(), report) + System.lineSeparator());
        } finally {
            if (second != null) {
                Nodes.stop(second);
            }
            node.close();
        }
    }

    /** One open file through the services, then follow-up periods of it until {@code n} wait; answers how many. */
    private static int prepare(ConfigurableApplicationContext node, int n) throws Exception {
        HardshipCase file = new CaseJourney(node).openFile();
        return FollowUpTimers.addPeriods(node, file, n - 1);
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.add(text);
    }
}
