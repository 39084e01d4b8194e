package org.bangfu.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.bangfu.casework.process.ProcessIds;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.identification.HardshipCase;
import org.bangfu.workflow.TaskFilter;
import org.bangfu.workflow.WorkItems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Benchmark, not a timed test: {@code bench/run inbox --open N}. The application runs on its own fresh PostgreSQL
 * database; {@code N} open first-review tasks wait in one group (中原区 餐饮 union's case workers,
 * {@code caseworker@410102001}): a few real applications through the services, the rest real engine instances of
 * {@code HardshipCaseProcess} started for those files (so every task has its case for the business columns). Then,
 * on the same data and in the same run: Bangfu's REST page of 50 ({@code GET /api/tasks?scope=group&size=50}, the
 * inbox the screen shows, with its business columns), Bangfu's count of the same filter, the bare engine's
 * {@code TaskQuery} (page of 50 + count for the group) and one hand-written SQL page over the engine's tables.
 * <p>
 * Writes {@code target/benchmark-inbox.txt}; its last line is {@code RESULT inbox open=N bangfu_list_p50_ms=…
 * bangfu_list_p95_ms=… bangfu_count_p95_ms=… taskquery_list_p95_ms=… sql_list_p95_ms=…}.
 */
@EnabledIfSystemProperty(named = "bangfu.benchmark", matches = "inbox|true")
class InboxBenchmark extends ProcessTestSupport {

    private static final int OPEN = Integer.getInteger("bangfu.bench.open", 5000);
    private static final int ROUNDS = Integer.getInteger("bangfu.bench.rounds", 100);
    private static final String GROUP = "caseworker@410102001";
    private static final String HAND_SQL = """
            SELECT t.id_, t.name_, t.due_date_, e.business_key_
            FROM act_ru_task t
            JOIN act_ru_identitylink i ON i.task_id_ = t.id_ AND i.type_ = 'candidate' AND i.group_id_ = :group
            JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
            WHERE t.assignee_ IS NULL
            ORDER BY t.due_date_, t.id_ LIMIT 50""";

    @Autowired WorkItems work;
    @Autowired PlatformTransactionManager transactions;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> report = new ArrayList<>();

    @Test
    void theInboxPageStaysCheapAsOpenTasksGrow() throws Exception {
        long prepare = System.nanoTime();
        int open = prepare(OPEN);
        // fresh statistics for the planner, as autovacuum would give them on a live database
        jdbc.sql("ANALYZE").update();
        line("prepared %d open tasks in %s in %.0f s", open, GROUP, (System.nanoTime() - prepare) / 1e9);
        var user = user("cw_canyin");
        TaskFilter group = TaskFilter.group();

        List<Long> rest = measure(() -> {
            JsonNode page = get("/api/tasks?scope=group&size=50");
            assertThat(page.get("items")).hasSize(Math.min(50, open));
            return page.get("total").asInt();
        });
        line("Bangfu REST page of 50 (basic auth, JSON, business columns) ms: %s", summary(rest));
        List<Long> count = measure(() -> work.count(group, user));
        line("Bangfu count ms: %s", summary(count));
        List<Long> service = measure(() -> work.items(group, user, 0, 50).size() + work.count(group, user));
        line("Bangfu service page of 50 (with its count) ms: %s", summary(service));
        List<Long> sql = measure(() -> jdbc.sql(HAND_SQL).param("group", GROUP).query().listOfRows().size());
        line("hand SQL page of 50 ms: %s", summary(sql));
        List<Long> taskQuery = measure(() -> {
            var query = tasks.createTaskQuery().taskCandidateGroup(GROUP).taskUnassigned();
            int size = query.orderByDueDate().asc().listPage(0, 50).size();
            return size + (int) tasks.createTaskQuery().taskCandidateGroup(GROUP).taskUnassigned().count();
        });
        line("bare TaskQuery page of 50 + count ms: %s", summary(taskQuery));
        line("RESULT inbox open=%d bangfu_list_p50_ms=%.1f bangfu_list_p95_ms=%.1f bangfu_count_p95_ms=%.1f "
                        + "bangfu_service_p95_ms=%.1f taskquery_list_p95_ms=%.1f sql_list_p95_ms=%.1f", open,
                ms(rest, 50), ms(rest, 95), ms(count, 95), ms(service, 95), ms(taskQuery, 95), ms(sql, 95));
        Files.writeString(Path.of("target", "benchmark-inbox.txt"),
                String.join(System.lineSeparator(), report) + System.lineSeparator());
    }

    /**
     * Files a few applications through the services, then starts more instances of the application for them (4
     * threads, 100 per transaction) until {@code n} first-review tasks wait; answers how many wait.
     */
    private int prepare(int n) throws Exception {
        List<HardshipCase> files = new ArrayList<>();
        for (int i = 0; i < Math.min(20, n); i++) {
            files.add(fileDeep());
        }
        Map<String, Object> groups = runtime.getVariables(fileProcess(files.get(0)).getId(),
                List.of(ProcessIds.VAR_CASEWORKER_GROUP, ProcessIds.VAR_APPROVER_GROUP));
        TransactionTemplate each = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        int remaining = n - files.size();
        for (int from = 0; from < remaining; from += 100) {
            int batch = Math.min(100, remaining - from);
            int offset = from;
            work.add(pool.submit(() -> each.executeWithoutResult(status -> {
                for (int i = 0; i < batch; i++) {
                    HardshipCase c = files.get((offset + i) % files.size());
                    Map<String, Object> variables = new HashMap<>(groups);
                    variables.put(ProcessIds.VAR_CASE_ID, c.id());
                    variables.put(ProcessIds.VAR_NEEDS_FIRST_REVIEW, true);
                    variables.put(ProcessIds.VAR_NEEDS_HOME_VISIT, true);
                    runtime.startProcessInstanceByKey(ProcessIds.HARDSHIP_CASE_PROCESS, c.caseNo(), variables);
                }
            })));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        return (int) tasks.createTaskQuery().taskCandidateGroup(GROUP).taskUnassigned().count();
    }

    /** Runs the call ROUNDS times after 10 unmeasured ones; answers the sorted latencies in microseconds. */
    private List<Long> measure(Supplier<Integer> call) {
        for (int i = 0; i < 10; i++) {
            call.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            call.get();
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        return micros;
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("cw_canyin:demo1234".getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return new ObjectMapper().readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double ms(List<Long> sortedMicros, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }

    private static String summary(List<Long> sortedMicros) {
        return String.format("p50 %.1f, p95 %.1f, p99 %.1f, max %.1f", ms(sortedMicros, 50), ms(sortedMicros, 95),
                ms(sortedMicros, 99), sortedMicros.get(sortedMicros.size() - 1) / 1000.0);
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.add(text);
    }
}
