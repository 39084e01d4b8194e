package org.bangfu.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bangfu.CaseJourney;
import org.bangfu.Nodes;
import org.bangfu.TestDatabase;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.identification.HardshipCase;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    static final String MAKE_DUE = """
            UPDATE act_ru_job SET duedate_ = :now
            WHERE handler_type_ = 'timer-start-event-subprocess' AND process_def_key_ = :key""";
    static final String DUE_JOBS = """
            SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= :now)""";
    static final String FAILED_JOBS = "SELECT COUNT(*) FROM act_ru_job WHERE retries_ = 0";
    static final String VISITS_STARTED = """
            SELECT COUNT(*), COUNT(DISTINCT proc_inst_id_) FROM act_hi_actinst WHERE act_id_ = 'Task_StartVisit'""";
    static final String VISIT_PROCESSES = "SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = :key";

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
            java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
            int due = jdbc.sql(MAKE_DUE).param("now", now).param("key", ProcessIds.FOLLOW_UP_PROCESS).update();
            assertThat(due).isEqualTo(DUE);
            long lastShown = start;
            while (true) {
                long left = jdbc.sql(DUE_JOBS).param("now", new java.sql.Timestamp(System.currentTimeMillis()))
                        .query(Long.class).single();
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

            Map<String, Object> visits = jdbc.sql(VISITS_STARTED).query().singleRow();
            long fired = ((Number) visits.values().toArray()[0]).longValue();
            long periodsFired = ((Number) visits.values().toArray()[1]).longValue();
            long visitProcesses = jdbc.sql(VISIT_PROCESSES).param("key", ProcessIds.FOLLOW_UP_VISIT_PROCESS)
                    .query(Long.class).single();
            long failed = jdbc.sql(FAILED_JOBS).query(Long.class).single();
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
        CaseJourney journey = new CaseJourney(node);
        HardshipCase file = journey.openFile();
        RuntimeService runtime = node.getBean(RuntimeService.class);
        String period = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.FOLLOW_UP_PROCESS)
                .processInstanceBusinessKey(file.caseNo()).singleResult().getId();
        Map<String, Object> variables = runtime.getVariables(period);
        TransactionTemplate each = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        int remaining = n - 1;
        for (int from = 0; from < remaining; from += 100) {
            int batch = Math.min(100, remaining - from);
            work.add(pool.submit(() -> each.executeWithoutResult(status -> {
                for (int i = 0; i < batch; i++) {
                    runtime.startProcessInstanceByKey(ProcessIds.FOLLOW_UP_PROCESS, file.caseNo(),
                            new HashMap<>(variables));
                }
            })));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        return (int) runtime.createProcessInstanceQuery().processDefinitionKey(ProcessIds.FOLLOW_UP_PROCESS).count();
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.add(text);
    }
}
