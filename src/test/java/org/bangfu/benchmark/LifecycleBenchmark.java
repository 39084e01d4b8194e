package org.bangfu.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.bangfu.CaseJourney;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Benchmark, not a timed test: {@code bench/run lifecycle --threads T --seconds S}. One lifecycle is an application
 * on the normal path, intake to opened file:
 * <ul>
 * <li><b>Bangfu</b>: through Bangfu's services exactly as {@link CaseJourney} drives them (intake, first review,
 * home visit with the means-check authorization attached, means check, the notice timer, file approval), as
 * {@code cw_canyin} and {@code approver_zhongyuan}; the notice timer job is executed directly
 * ({@code ManagementService.executeJob} runs a job whatever its due date), so no thread moves the shared clock;
 * </li>
 * <li><b>bare</b>: the same deployed model {@code HardshipCaseProcess} driven through {@code RuntimeService} and
 * {@code TaskService} alone: start with the variables the path needs, then for each of the four user tasks find
 * it, claim it and complete it with its gateway variable; the same timer job executed directly. The model's service
 * tasks (grade, start and end the notice, open the file and start its follow-up period) are Bangfu delegates and
 * run in both: each bare thread works on its own case filed once before the measurement (the delegates only change
 * its status and grade).</li>
 * </ul>
 * Both kinds run on T threads in alternating rounds (bangfu, bare, bangfu, ...; at least three rounds each), so they
 * see the same machine. Every lifecycle is checked: its case is an opened file (Bangfu), its instance ended in
 * {@code EndEvent_FileOpened} (bare). SQL statements and transactions per lifecycle are counted with
 * {@link SqlCounter} (a proxy around the one DataSource) over three single-threaded lifecycles of each kind, with the
 * statements grouped by normalized SQL and table. Writes {@code target/benchmark-lifecycle.txt}; last line
 * {@code RESULT lifecycle threads=T bangfu_per_s=… bare_per_s=… ratio=… sql_per_lifecycle=… tx_per_lifecycle=…
 * bare_sql_per_lifecycle=…}.
 */
@EnabledIfSystemProperty(named = "bangfu.benchmark", matches = "lifecycle|true")
@Import(LifecycleBenchmark.Counting.class)
class LifecycleBenchmark extends ProcessTestSupport {

    private static final int THREADS = Integer.getInteger("bangfu.bench.threads", 1);
    private static final int SECONDS = Integer.getInteger("bangfu.bench.seconds", 60);
    private static final int COUNTED = 3;

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        static SqlCounter sqlCounter() {
            return new SqlCounter();
        }
    }

    @Autowired SqlCounter counter;

    private final List<String> report = new ArrayList<>();
    private Map<String, Object> groups;
    private final List<HardshipCase> bareCases = new ArrayList<>();

    @Test
    void aCaseLifeThroughBangfuCostsLittleMoreThanTheBareEngine() throws Exception {
        // the candidate groups Bangfu's intake starts the process with, and the bare peer's cases: one per thread,
        // with the household, visit and means check its delegates read (taken once through the normal path)
        HardshipCase first = journey.fileDeep();
        groups = runtime.getVariables(journey.fileProcess(first).getId(),
                List.of(ProcessIds.VAR_CASEWORKER_GROUP, ProcessIds.VAR_APPROVER_GROUP));
        for (int i = 0; i < THREADS; i++) {
            bareCases.add(bangfuLifecycle());
        }
        // warm up both paths (JIT, caches, statement caches)
        for (int i = 0; i < 5; i++) {
            bangfuLifecycle();
            bareLifecycle(bareCases.get(0));
        }

        if (Boolean.getBoolean("bangfu.bench.trace")) {
            counter.trace = java.util.Collections.synchronizedList(new ArrayList<>());
            bangfuLifecycle();
            Files.write(Path.of("target", "benchmark-lifecycle-trace.txt"), counter.trace);
            counter.trace = null;
        }
        Counted bangfuCount = count("Bangfu", this::bangfuLifecycle);
        Counted bareCount = count("bare", () -> bareLifecycle(bareCases.get(0)));

        int rounds = Math.max(3, SECONDS / 10);
        long roundNanos = SECONDS * 1_000_000_000L / (2L * rounds);
        long bangfuDone = 0;
        long bareDone = 0;
        long bangfuNanos = 0;
        long bareNanos = 0;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                int done = run(pool, roundNanos, thread -> bangfuLifecycle());
                bangfuNanos += System.nanoTime() - start;
                bangfuDone += done;
                long bareStart = System.nanoTime();
                int bareRound = run(pool, roundNanos, thread -> bareLifecycle(bareCases.get(thread)));
                bareNanos += System.nanoTime() - bareStart;
                bareDone += bareRound;
                line("round %d: bangfu %d lifecycles, bare %d", round + 1, done, bareRound);
            }
        } finally {
            pool.shutdownNow();
        }
        double bangfuPerS = bangfuDone / (bangfuNanos / 1e9);
        double barePerS = bareDone / (bareNanos / 1e9);
        line("threads %d, %d rounds of %.1f s each kind: Bangfu %d lifecycles in %.1f s, bare %d in %.1f s",
                THREADS, rounds, roundNanos / 1e9, bangfuDone, bangfuNanos / 1e9, bareDone, bareNanos / 1e9);
        assertThat(bangfuDone).isPositive();
        assertThat(bareDone).isPositive();
        line("RESULT lifecycle threads=%d bangfu_per_s=%.1f bare_per_s=%.1f ratio=%.2f sql_per_lifecycle=%.0f "
                        + "tx_per_lifecycle=%.0f bare_sql_per_lifecycle=%.0f", THREADS, bangfuPerS, barePerS,
                bangfuPerS / barePerS, bangfuCount.statements, bangfuCount.transactions, bareCount.statements);
        Files.writeString(Path.of("target", "benchmark-lifecycle.txt"),
                String.join(System.lineSeparator(), report) + System.lineSeparator());
    }

    // ------------------------------------------------------------------ the two kinds of lifecycle

    /** Intake to opened file through Bangfu's services, as CaseJourney does it; the notice timer fired directly. */
    private HardshipCase bangfuLifecycle() {
        mark("intake");
        HardshipCase c = journey.fileDeep();
        mark("first review");
        journey.firstReview(c);
        mark("home visit");
        journey.homeVisit(c);
        mark("means check");
        journey.meansCheck(c);
        mark("notice timer");
        ProcessInstance instance = journey.fileProcess(c);
        fireNoticeTimer(instance.getId());
        mark("approve file");
        journey.approveFile(c);
        counter.pause();
        assertThat(journey.reload(c).status()).as(c.caseNo()).isEqualTo(CaseStatus.OPEN);
        counter.resume();
        return c;
    }

    private void mark(String step) {
        List<String> trace = counter.trace;
        if (trace != null) {
            trace.add("==== " + step);
        }
    }

    /** The same model and steps through the engine's API alone. */
    private void bareLifecycle(HardshipCase c) {
        Map<String, Object> variables = new HashMap<>(groups);
        variables.put(ProcessIds.VAR_CASE_ID, c.id());
        variables.put(ProcessIds.VAR_NEEDS_FIRST_REVIEW, true);
        variables.put(ProcessIds.VAR_NEEDS_HOME_VISIT, true);
        String id = runtime.startProcessInstanceByKey(ProcessIds.HARDSHIP_CASE_PROCESS, c.caseNo(), variables)
                .getId();
        completeBare(id, ProcessIds.TASK_FIRST_REVIEW, CaseJourney.CW,
                Map.of(ProcessIds.VAR_FIRST_REVIEW_PASSED, true));
        completeBare(id, ProcessIds.TASK_HOME_VISIT, CaseJourney.CW, Map.of());
        completeBare(id, ProcessIds.TASK_MEANS_CHECK, CaseJourney.CW, Map.of());
        fireNoticeTimer(id);
        completeBare(id, ProcessIds.TASK_APPROVE_FILE, CaseJourney.APPROVER,
                Map.of(ProcessIds.VAR_FILE_DECISION, "APPROVED"));
        counter.pause();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id)
                .activityId(ProcessIds.END_FILE_OPENED).count()).as(id).isEqualTo(1);
        counter.resume();
    }

    private void completeBare(String instanceId, String taskKey, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey).singleResult();
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }

    private void fireNoticeTimer(String instanceId) {
        Job timer = management.createJobQuery().processInstanceId(instanceId).timers().singleResult();
        assertThat(timer).as("notice timer of " + instanceId).isNotNull();
        management.executeJob(timer.getId());
    }

    // ------------------------------------------------------------------ measuring

    interface Lifecycle {
        void run(int thread);
    }

    /** Runs lifecycles on every thread until the round's time is up; answers how many finished. */
    private int run(ExecutorService pool, long nanos, Lifecycle lifecycle) throws Exception {
        long end = System.nanoTime() + nanos;
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    lifecycle.run(thread);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> thread : threads) {
            thread.get(); // a failed lifecycle fails the benchmark
        }
        return done.get();
    }

    record Counted(double statements, double roundTrips, double transactions) {
    }

    /** Statements and transactions of one lifecycle, averaged over three run alone; prints where they go. */
    private Counted count(String kind, Runnable lifecycle) throws InterruptedException {
        counter.reset();
        counter.recordText = true;
        for (int i = 0; i < COUNTED; i++) {
            lifecycle.run();
        }
        Thread.sleep(300); // listeners running after commit on other threads, if any
        counter.recordText = false;
        Counted counted = new Counted(counter.statements.get() / (double) COUNTED,
                counter.roundTrips.get() / (double) COUNTED, counter.transactions.get() / (double) COUNTED);
        line("%s lifecycle, alone: %.1f SQL statements (%.1f round trips) in %.1f transactions", kind,
                counted.statements, counted.roundTrips, counted.transactions);
        line("  by table (statements per lifecycle):");
        counter.byTable().entrySet().stream().limit(30).forEach(e -> line("    %6.1f  %s",
                e.getValue() / (double) COUNTED, e.getKey()));
        line("  top 30 statements (per lifecycle):");
        counter.topSql(30).forEach((sql, n) -> line("    %6.1f  %s", n / (double) COUNTED, sql));
        counter.reset();
        return counted;
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.add(text);
    }
}
