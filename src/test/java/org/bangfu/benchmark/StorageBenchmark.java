package org.bangfu.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bangfu.TestBank;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.ExitOutcome;
import org.bangfu.followup.ExitRoute;
import org.bangfu.followup.FollowUpService;
import org.bangfu.followup.VisitCommand;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.VerificationService;
import org.bangfu.organization.CurrentUser;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a timed test: {@code bench/run storage --cases C}. What a case costs in storage over its whole life,
 * on its own fresh PostgreSQL database (docs/benchmarks.md, "bench/run storage"):
 * <ol>
 * <li>{@code C} deep-hardship files live a whole life through Bangfu's services, in step with each other (one clock):
 * application to opened file, an aid request approved and paid, six months of follow-up with a visit each month,
 * the exit (assessment, approval, one paid gradual month), the archive and its 24-month watch with a call-back every
 * three months, until the watch ends and no instance of the case runs: a closed case.</li>
 * <li>Every table's rows and bytes are taken before and after; the engine's history tables ({@code ACT_HI_*},
 * {@code ACT_GE_BYTEARRAY}) are counted by the root instances of the cases, Bangfu's tables by their growth.</li>
 * <li>The clock moves past the models' time to live and the engine's history cleanup runs (its job, as the job
 * executor would run it in the window); counted again: the goal's figure.</li>
 * <li>Open cases (file opened, aid paid, one visit, follow-up period running) are counted the same way; and the
 * application instance of one more file is driven with the engine's own API (RuntimeService/TaskService), the
 * bare engine's bytes for the same path.</li>
 * </ol>
 * A row counts {@code pg_column_size(row)} (the stored tuple with its header, values as stored, TOAST compressed) plus
 * its 4-byte line pointer, and, estimated, one B-tree leaf entry per index of the table (8-byte index tuple header
 * plus the indexed values, aligned to 8, plus its line pointer). Writes {@code target/benchmark-storage.txt}; last
 * line {@code RESULT storage cases=C bytes_per_closed_case=… bytes_per_open_case=… bare_bytes_per_instance=…
 * bytes_per_closed_case_before_cleanup=…}.
 */
@EnabledIfSystemProperty(named = "bangfu.benchmark", matches = "storage|true")
class StorageBenchmark extends ProcessTestSupport {

    private static final int CASES = Integer.getInteger("bangfu.bench.cases", 200);
    private static final int OPEN = Integer.getInteger("bangfu.bench.open", Math.max(2, CASES / 4));
    /** Bangfu tables that are the record of what happened (history), as opposed to the case's business data. */
    static final Set<String> BANGFU_HISTORY = Set.of("audit_event", "audit_chain_head", "event_publication",
            "task_item", "task_item_group", "task_item_excluded", "sms_notice", "phone_reveal",
            "bank_account_reveal");

    @Autowired FollowUpService followUp;
    @Autowired VerificationService verification;

    private final List<String> report = new ArrayList<>();

    @Test
    void aClosedCaseKeepsLittleHistoryOnceTheCleanupHasRun() throws Exception {
        jdbc.sql("CREATE TABLE bench_root (id_ VARCHAR(64) NOT NULL, grp VARCHAR(8) NOT NULL)").update();
        jdbc.sql("CREATE TABLE bench_case (id BIGINT NOT NULL, grp VARCHAR(8) NOT NULL)").update();
        LocalDate start = today();
        Map<String, Stat> s0 = snapshot(null);

        long began = System.nanoTime();
        List<HardshipCase> closed = wholeLife(CASES);
        line("%d cases lived a whole life (%s to %s) in %.0f s", CASES, start, today(),
                (System.nanoTime() - began) / 1e9);
        for (HardshipCase c : closed) {
            assertThat(instances(c)).as("no instance of %s runs", c.caseNo()).isEmpty();
            assertThat(reload(c).status()).isEqualTo(CaseStatus.EXITED);
            assertThat(passed(c, ProcessIds.END_WATCH_ENDED)).isEqualTo(1);
        }
        rememberRoots(closed, "closed");
        Map<String, Stat> s1 = snapshot("closed");
        Figures before = figures("closed cases, before the cleanup", s0, s1, CASES);
        auditRows("closed", CASES);
        onDisk(s1, "act_hi_actinst", "act_hi_procinst", "act_hi_taskinst", "audit_event");

        // the cleanup: past the longest time to live of the models (1825 days after the last end), in the window
        LocalDate past = today().plusDays(1825 + 2);
        ClockUtil.setCurrentTime(Date.from(past.atTime(2, 0).atZone(clock.getZone()).toInstant()));
        ensureTestMoney(past.getYear());
        int runs = cleanUp();
        line("history cleanup at %s: %d job runs", past, runs);
        for (HardshipCase c : closed) {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).count())
                    .as("engine history of %s after the cleanup", c.caseNo()).isZero();
        }
        Map<String, Stat> s2 = snapshot("closed");
        Figures after = figures("closed cases, after the cleanup", s0, s2, CASES);

        List<HardshipCase> open = openCases(OPEN);
        for (HardshipCase c : open) {
            assertThat(fileProcessKey(c)).isEqualTo(ProcessIds.FOLLOW_UP_PROCESS);
        }
        rememberRoots(open, "open");
        Map<String, Stat> s3 = snapshot("open");
        Figures opened = figures("open cases (file opened, aid paid, one visit, follow-up running)", s2, s3, OPEN);

        long bare = bareApplication();
        long bangfuApplication = applicationBytes();
        line("one application instance (HardshipCaseProcess, filing to file opened): driven directly with "
                + "RuntimeService/TaskService %d bytes of ACT_HI rows; through Bangfu's services %d bytes (mean)",
                bare, bangfuApplication);

        line("RESULT storage cases=%d bytes_per_closed_case=%d bytes_per_open_case=%d bare_bytes_per_instance=%d "
                        + "bytes_per_closed_case_before_cleanup=%d", CASES, after.historyTotal(),
                opened.historyTotal(), bare, before.historyTotal());
        Files.writeString(Path.of("target", "benchmark-storage.txt"),
                String.join(System.lineSeparator(), report) + System.lineSeparator());
    }

    // ------------------------------------------------------------------ the cases

    /** The whole life of n files, all in step: every instance of every case ends. */
    private List<HardshipCase> wholeLife(int n) {
        List<HardshipCase> cases = openFiles(n);
        payAid(cases);
        // six months of follow-up, a visit each month (its income above 低保), then the exit
        for (int month = 0; month < 6; month++) {
            monthPasses(cases);
            for (HardshipCase c : cases) {
                visit(c);
            }
        }
        YearMonth now = YearMonth.from(today());
        for (HardshipCase c : cases) {
            for (int i = 5; i >= 0; i--) {
                followUp.recordMonthlyIncome(c.id(), now.minusMonths(i), money("1200.00"), user(CW));
            }
            caseActions.requestExitAssessment(c.id(), user(CW));
            actions.assessExit(claim(c, ProcessIds.TASK_ASSESS_EXIT, CW), new ExitAssessmentCommand(
                    ExitOutcome.EXIT, true, "再就业，收入稳定", ExitRoute.EMPLOYMENT), user(CW));
            actions.decideExit(claim(c, ProcessIds.TASK_APPROVE_EXIT, APPROVER), new ExitDecisionCommand(true, 1,
                    money("100.00"), null), user(APPROVER));
            runJobs(c);
        }
        bankPaysAll(cases);
        monthPasses(cases);
        for (HardshipCase c : cases) {
            assertThat(reload(c).status()).isEqualTo(CaseStatus.EXITED);
        }
        // the watch: a call-back every three months until the watch period (24 months) ends
        for (int round = 0; round < 12 && cases.stream().anyMatch(c -> !instances(c).isEmpty()); round++) {
            moveClockTo(today().plusMonths(3).plusDays(1), 9);
            for (HardshipCase c : cases) {
                runJobs(c);
                while (hasTask(c, ProcessIds.TASK_CALL_BACK)) {
                    actions.callBack(claim(c, ProcessIds.TASK_CALL_BACK, CW), false, "工作稳定，无返困迹象",
                            user(CW));
                }
            }
        }
        return cases;
    }

    /** n open files with their first aid paid and one follow-up visit: the follow-up period runs. */
    private List<HardshipCase> openCases(int n) {
        List<HardshipCase> cases = openFiles(n);
        payAid(cases);
        monthPasses(cases);
        for (HardshipCase c : cases) {
            visit(c);
        }
        return cases;
    }

    /** Files n deep-hardship applications the same day and takes them to opened files. */
    private List<HardshipCase> openFiles(int n) {
        List<HardshipCase> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HardshipCase c = fileDeep();
            firstReview(c);
            homeVisit(c);
            meansCheck(c, cleanCheck());
            cases.add(c);
        }
        LocalDate noticeEnds = cases.stream().map(c -> reload(c).noticeUntil()).max(LocalDate::compareTo)
                .orElseThrow();
        moveClockTo(noticeEnds.plusDays(1), 9);
        List<HardshipCase> opened = new ArrayList<>();
        for (HardshipCase c : cases) {
            runJobs(c);
            approveFile(c);
            opened.add(reload(c));
        }
        return opened;
    }

    private void payAid(List<HardshipCase> cases) {
        for (HardshipCase c : cases) {
            journey.requestAid(c, "3600.00");
            journey.approveAid(c);
        }
        bankPaysAll(cases);
    }

    /** A month and a day pass; every due job of the cases runs (visits handed out, gradual months, ...). */
    private void monthPasses(List<HardshipCase> cases) {
        moveClockTo(today().plusMonths(1).plusDays(1), 9);
        for (HardshipCase c : cases) {
            runJobs(c);
        }
    }

    private void visit(HardshipCase c) {
        actions.followUpVisit(claim(c, ProcessIds.TASK_FOLLOW_UP_VISIT, CW), new VisitCommand(today(), "王丽、张伟",
                "家中情况稳定，配偶已就业", false, money("1200.00")), user(CW));
    }

    /** One bank batch for every waiting line of the cases (as finance sends them), paid; the processes move on. */
    private void bankPaysAll(List<HardshipCase> cases) {
        TestBank bank = bank();
        List<PaymentRecord> lines = cases.stream().flatMap(c -> waitingLines(c).stream()).toList();
        assertThat(lines).isNotEmpty();
        CurrentUser gatherer = bank.financeOf(lines.get(0), 0);
        PaymentBatch batch = batches.gather(lines.stream().map(PaymentRecord::id).toList(), gatherer);
        batches.release(batch.id(), batch.lineCount(), batch.total(), bank.financeOf(lines.get(0), 1));
        batches.export(batch.id(), StandardCharsets.UTF_8, gatherer);
        bank.answer(batch, null);
        for (HardshipCase c : cases) {
            runJobs(c);
        }
    }

    // ------------------------------------------------------------------ the engine alone

    /**
     * One more file: its application instance is taken from filing to the opened file with the engine's own API
     * (claims and completions with the variables the gateways read, the notice timer executed); answers the bytes
     * of its ACT_HI rows.
     */
    private long bareApplication() {
        HardshipCase c = fileDeep();
        String instance = fileProcess(c).getId();
        complete(c, ProcessIds.TASK_FIRST_REVIEW, CW, Map.of("firstReviewPassed", true));
        complete(c, ProcessIds.TASK_HOME_VISIT, CW, Map.of());
        // the grade is assessed from Bangfu's record of the means check: the delegate after the task reads it
        files.changeStatus(c.id(), CaseStatus.VERIFYING);
        verification.recordMeansCheck(c.id(), cleanCheck(), user(CW));
        complete(c, ProcessIds.TASK_MEANS_CHECK, CW, Map.of());
        for (Job job : management.createJobQuery().processInstanceId(instance).list()) {
            management.executeJob(job.getId());
        }
        complete(c, ProcessIds.TASK_APPROVE_FILE, APPROVER, Map.of("fileDecision", "APPROVED"));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getEndTime()).as("the bare application ended").isNotNull();
        jdbc.sql("INSERT INTO bench_root (id_, grp) VALUES (:id, 'bare')").param("id", instance).update();
        return snapshot("bare").entrySet().stream().filter(e -> e.getKey().startsWith("act_hi_"))
                .mapToLong(e -> e.getValue().total()).sum();
    }

    private void complete(HardshipCase c, String taskKey, String username, Map<String, Object> variables) {
        Task task = openTask(c, taskKey);
        tasks.claim(task.getId(), username);
        tasks.complete(task.getId(), variables);
    }

    /** The mean ACT_HI bytes of the open cases' application instances (through Bangfu, for comparison). */
    private long applicationBytes() {
        jdbc.sql("""
                INSERT INTO bench_root (id_, grp) SELECT p.id_, 'app' FROM act_hi_procinst p
                JOIN bench_root o ON o.id_ = p.root_proc_inst_id_ AND o.grp = 'open'
                JOIN act_re_procdef d ON d.id_ = p.proc_def_id_ AND d.key_ = :key""")
                .param("key", ProcessIds.HARDSHIP_CASE_PROCESS).update();
        long instances = jdbc.sql("SELECT count(*) FROM bench_root WHERE grp = 'app'").query(Long.class).single();
        return snapshot("app").entrySet().stream().filter(e -> e.getKey().startsWith("act_hi_"))
                .mapToLong(e -> e.getValue().total()).sum() / Math.max(1, instances);
    }

    /** Schedules the history cleanup now and runs its job as the job executor would, until a run removes nothing. */
    private int cleanUp() {
        history.cleanUpHistoryAsync(true);
        int runs = 0;
        long left = cleanable();
        for (int round = 0; round < 10_000; round++) {
            for (Job job : history.findHistoryCleanupJobs()) {
                management.executeJob(job.getId());
                runs++;
            }
            long now = cleanable();
            if (now == left) {
                return runs;
            }
            left = now;
        }
        throw new AssertionError("the cleanup does not finish");
    }

    /**
     * Rows the cleanup is to remove: the closed files' history (by their root instances; under {@code full} the
     * cleanup's own job log grows with every run, so the whole tables would never settle) and the task metrics.
     */
    private long cleanable() {
        long total = 0;
        for (String table : tablesWith("root_proc_inst_id_")) {
            if (isEngineHistory(table)) {
                total += jdbc.sql("SELECT count(*) FROM " + table + " WHERE root_proc_inst_id_ IN (SELECT id_ FROM "
                        + "bench_root WHERE grp = 'closed')").query(Long.class).single();
            }
        }
        return total + jdbc.sql("SELECT count(*) FROM act_ru_task_meter_log").query(Long.class).single();
    }

    // ------------------------------------------------------------------ measuring

    /**
     * The estimate against the disk for the largest tables: heap and index bytes per row as PostgreSQL reports them
     * (whole pages, free space included) beside the row and index bytes this benchmark counts.
     */
    private void onDisk(Map<String, Stat> counted, String... tables) {
        line("check against the disk (whole table; PostgreSQL's pages incl. free space vs. the counted bytes):");
        for (String table : tables) {
            Map<String, Object> size = jdbc.sql("""
                    SELECT pg_table_size(to_regclass(:t)) AS heap, pg_indexes_size(to_regclass(:t)) AS ix,
                    (SELECT count(*) FROM %s) AS n""".formatted(table)).param("t", table).query().singleRow();
            long rows = ((Number) size.get("n")).longValue();
            Map<String, Object> all = jdbc.sql("SELECT coalesce(sum(pg_column_size(t.*) + 4), 0) AS b FROM " + table
                    + " t").query().singleRow();
            if (rows > 0) {
                line("  %-18s %8d rows: disk heap %5d B/row, indexes %5d B/row; counted row %5d B/row, indexes "
                                + "(estimate, this run's rows) %5d B/row", table, rows,
                        ((Number) size.get("heap")).longValue() / rows, ((Number) size.get("ix")).longValue() / rows,
                        ((Number) all.get("b")).longValue() / rows,
                        counted.get(table).rows() == 0 ? 0 : counted.get(table).indexBytes() / counted.get(table).rows());
            }
        }
    }

    /** The audit rows of the cases by action: how many per case and their size. */
    private void auditRows(String group, int cases) {
        line("audit rows of the %s cases by action (per case; mean bytes per row, mean detail length):", group);
        jdbc.sql("""
                SELECT a.action, count(*) AS n, avg(pg_column_size(a.*) + 4) AS b,
                coalesce(avg(length(a.detail)), 0) AS d FROM audit_event a
                WHERE a.case_id IN (SELECT id FROM bench_case WHERE grp = :grp) GROUP BY a.action ORDER BY 2 DESC, 1""")
                .param("grp", group).query().listOfRows().forEach(r -> line("  %-28s %6.2f %6.0f B %5.0f chars",
                        r.get("action"), ((Number) r.get("n")).doubleValue() / cases,
                        ((Number) r.get("b")).doubleValue(), ((Number) r.get("d")).doubleValue()));
        long other = jdbc.sql("""
                SELECT count(*) FROM audit_event a WHERE a.case_id IS NULL OR a.case_id NOT IN
                (SELECT id FROM bench_case)""").query(Long.class).single();
        line("  (audit rows of no case of the run, e.g. batches and bank files: %d in all)", other);
    }

    private void rememberRoots(List<HardshipCase> cases, String group) {
        for (HardshipCase c : cases) {
            jdbc.sql("INSERT INTO bench_case (id, grp) VALUES (:id, :grp)").param("id", c.id()).param("grp", group)
                    .update();
            jdbc.sql("""
                    INSERT INTO bench_root (id_, grp) SELECT DISTINCT root_proc_inst_id_, :grp FROM act_hi_procinst
                    WHERE business_key_ = :key""").param("grp", group).param("key", c.caseNo()).update();
        }
    }

    /** Rows and bytes of one table. */
    record Stat(long rows, long rowBytes, long indexBytes) {
        long total() {
            return rowBytes + indexBytes;
        }

        Stat minus(Stat other) {
            return new Stat(rows - other.rows, rowBytes - other.rowBytes, indexBytes - other.indexBytes);
        }
    }

    /**
     * Every table of the schema: rows, row bytes and estimated index bytes. Engine tables with a root instance
     * column count only the rows of the roots remembered under {@code group} (none when null).
     */
    private Map<String, Stat> snapshot(String group) {
        jdbc.sql("ANALYZE").update();
        Set<String> rooted = new TreeSet<>(tablesWith("root_proc_inst_id_"));
        Map<String, Stat> stats = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()
                AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'bench\\_%' ORDER BY table_name""")
                .query(String.class).list()) {
            String where = "";
            if (rooted.contains(table)) {
                where = group == null ? " WHERE false" : " WHERE t.root_proc_inst_id_ IN (SELECT id_ FROM bench_root"
                        + " WHERE grp = '" + group + "')";
            }
            StringBuilder index = new StringBuilder("0");
            for (List<String> columns : indexColumns(table)) {
                StringBuilder sum = new StringBuilder("8");
                for (String column : columns) {
                    sum.append(" + coalesce(pg_column_size(t.\"").append(column).append("\"), 0)");
                }
                index.append(" + 4 + ((").append(sum).append(" + 7) / 8) * 8");
            }
            Map<String, Object> row = jdbc.sql("SELECT count(*) AS n, coalesce(sum(pg_column_size(t.*) + 4), 0) AS b,"
                    + " coalesce(sum(" + index + "), 0) AS i FROM \"" + table + "\" t" + where).query().singleRow();
            stats.put(table, new Stat(((Number) row.get("n")).longValue(), ((Number) row.get("b")).longValue(),
                    ((Number) row.get("i")).longValue()));
        }
        return stats;
    }

    private List<String> tablesWith(String column) {
        return jdbc.sql("""
                SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema()
                AND column_name = :column""").param("column", column).query(String.class).list();
    }

    /** The plain columns of each index of the table (expression parts are left out). */
    private List<List<String>> indexColumns(String table) {
        Map<String, List<String>> byIndex = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT i.indexrelid::regclass::text AS ix, a.attname AS col FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = to_regclass(:table) ORDER BY 1, a.attnum""").param("table", "\"" + table + "\"")
                .query().listOfRows().forEach(r -> byIndex.computeIfAbsent((String) r.get("ix"),
                        k -> new ArrayList<>()).add((String) r.get("col")));
        return new ArrayList<>(byIndex.values());
    }

    /** Per case: engine history, Bangfu's history tables, Bangfu's case data; printed table by table. */
    record Figures(long engineHistory, long bangfuHistory, long caseData, long engineRuntime) {
        long historyTotal() {
            return engineHistory + bangfuHistory;
        }
    }

    private Figures figures(String title, Map<String, Stat> from, Map<String, Stat> to, int cases) {
        line("");
        line("== %s: per case (%d cases); bytes = rows + indexes (estimated)", title, cases);
        line("%-28s %-14s %10s %12s %12s %12s", "table", "kind", "rows", "row bytes", "index bytes", "bytes");
        long engine = 0;
        long bangfu = 0;
        long data = 0;
        long runtime = 0;
        for (Map.Entry<String, Stat> e : to.entrySet()) {
            String table = e.getKey();
            boolean rooted = tablesWith("root_proc_inst_id_").contains(table);
            // engine history: the cases' own rows (by root instance); everything else: the growth of the table
            Stat per = rooted ? e.getValue() : e.getValue().minus(from.getOrDefault(table, new Stat(0, 0, 0)));
            if (per.rows() == 0 && per.rowBytes() == 0) {
                continue;
            }
            String kind = kind(table);
            long bytes = per.total() / cases;
            switch (kind) {
                case "engine history" -> engine += bytes;
                case "bangfu history" -> bangfu += bytes;
                case "engine runtime", "engine other" -> runtime += bytes;
                default -> data += bytes;
            }
            line("%-28s %-14s %10.2f %12d %12d %12d", table, kind, per.rows() / (double) cases,
                    per.rowBytes() / cases, per.indexBytes() / cases, bytes);
        }
        line("per case: engine history %d + Bangfu history %d = %d bytes (the goal's figure); case data %d; "
                + "engine runtime %d", engine, bangfu, engine + bangfu, data, runtime);
        return new Figures(engine, bangfu, data, runtime);
    }

    /** The engine's history and its metrics logs, which grow with every case as history does. */
    private static boolean isEngineHistory(String table) {
        return table.startsWith("act_hi_") || table.equals("act_ge_bytearray") || table.endsWith("meter_log");
    }

    private static String kind(String table) {
        if (isEngineHistory(table)) {
            return "engine history";
        }
        if (table.startsWith("act_ru_")) {
            return "engine runtime";
        }
        if (table.startsWith("act_")) {
            return "engine other";
        }
        return BANGFU_HISTORY.contains(table) ? "bangfu history" : "case data";
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.add(text);
    }
}
