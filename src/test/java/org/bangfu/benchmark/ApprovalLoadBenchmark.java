package org.bangfu.benchmark;

import java.math.BigDecimal;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.bangfu.casework.process.ProcessIds;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.identification.HardshipCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Load benchmark, not a timed test: {@code bench/run approvals --users 50 --seconds 120}. The application runs on
 * its own fresh PostgreSQL database (see {@link org.bangfu.TestDatabase}) with the demo data; open files are
 * prepared through the services; then {@code users} virtual users, each on its own thread, for {@code seconds}:
 * request aid on a file over REST (as the case worker), find the approval tasks of that file in the inbox, claim one
 * and approve it (as the county approver) — approvals reserve money and create the payment line. Afterwards the
 * money is checked with SQL: every approved request has exactly one payment line, the payment lines and the
 * ledger's reservations add up to the approved grants, no payment for a request that was not approved, no
 * allocation over its money, and the database holds as many approvals as the REST API confirmed.
 * <p>
 * Writes the figures to {@code target/benchmark-approvals.txt}; its last line is
 * {@code RESULT approvals users=… errors_5xx=… money_errors=… p95_ms=…}. Properties: {@code bangfu.bench.users},
 * {@code bangfu.bench.seconds}, {@code bangfu.bench.files}.
 */
@EnabledIfSystemProperty(named = "bangfu.benchmark", matches = "approvals|true")
class ApprovalLoadBenchmark extends ProcessTestSupport {

    private static final int USERS = Integer.getInteger("bangfu.bench.users", 50);
    private static final int SECONDS = Integer.getInteger("bangfu.bench.seconds", 120);
    private static final int FILES = Integer.getInteger("bangfu.bench.files", 20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE_WORKER = "cw_canyin";
    private static final String APPROVER = "approver_zhongyuan";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> serverErrors = new ConcurrentHashMap<>();
    private final LongAdder approvedOverRest = new LongAdder();
    private final LongAdder transportErrors = new LongAdder();
    private final List<String> report = new ArrayList<>();

    @Test
    void concurrentUsersClaimAndApproveAidWithoutServerErrorsOrMoneyErrors() throws Exception {
        long prepareStart = System.nanoTime();
        List<HardshipCase> files = openFiles(FILES);
        line("prepared %d open files through the services in %.0f s", files.size(),
                (System.nanoTime() - prepareStart) / 1e9);
        List<String> caseNos = files.stream().map(HardshipCase::caseNo).toList();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        AtomicLong iterations = new AtomicLong();
        List<Thread> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            int user = u;
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    iteration(caseNos.get((int) ((user + iterations.getAndIncrement()) % caseNos.size())));
                }
            }, "virtual-user-" + u);
            users.add(thread);
        }
        long runStart = System.nanoTime();
        users.forEach(Thread::start);
        for (Thread thread : users) {
            thread.join();
        }
        double ran = (System.nanoTime() - runStart) / 1e9;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long p50 = percentile(sorted, 50);
        long p95 = percentile(sorted, 95);
        long p99 = percentile(sorted, 99);
        long errors5xx = statuses.entrySet().stream().filter(e -> e.getKey().startsWith("5"))
                .mapToLong(e -> e.getValue().sum()).sum() + transportErrors.sum();
        line("users %d, %.0f s: %d requests (%.1f/s), %d approvals confirmed over REST", USERS, ran, sorted.size(),
                sorted.size() / ran, approvedOverRest.sum());
        line("answers by status: %s; transport errors (no answer): %d", new TreeMap<>(statuses.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()))), transportErrors.sum());
        serverErrors.forEach((what, n) -> line("  5xx %s x%d", what, n.sum()));
        line("latency ms: p50 %d, p95 %d, p99 %d, max %d", p50, p95, p99, sorted.isEmpty() ? 0
                : sorted.get(sorted.size() - 1));
        long moneyErrors = checkMoney(files);
        line("RESULT approvals users=%d errors_5xx=%d money_errors=%d p95_ms=%d", USERS, errors5xx, moneyErrors, p95);
        Path out = Path.of("target", "benchmark-approvals.txt");
        Files.writeString(out, String.join(System.lineSeparator(), report) + System.lineSeparator());
    }

    /** Open files on the normal path, in one batch so that the clock moves past the public notice only once. */
    private List<HardshipCase> openFiles(int count) {
        List<HardshipCase> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HardshipCase c = fileDeep();
            firstReview(c);
            homeVisit(c);
            meansCheck(c, cleanCheck());
            files.add(c);
        }
        moveClockTo(files.stream().map(c -> reload(c).noticeUntil()).max(java.time.LocalDate::compareTo)
                .orElseThrow().plusDays(1), 9);
        ensureTestMoney(today().getYear());
        for (HardshipCase c : files) {
            runJobs(c);
            approveFile(c);
        }
        return files.stream().map(this::reload).toList();
    }

    /** One round of a virtual user: request 100 yuan of medical aid, then claim and approve a waiting request. */
    private void iteration(String caseNo) {
        send(CASE_WORKER, "POST", "/api/cases/" + caseNo + "/aid-requests", Map.of("aidType", "MEDICAL",
                "amount", new BigDecimal("100.00"), "outOfPocket", new BigDecimal("80000.00"), "purpose", "住院自付"));
        Reply inbox = send(APPROVER, "GET", "/api/tasks?scope=group&taskKey=" + ProcessIds.TASK_APPROVE_AID + "&q="
                + caseNo, null);
        if (inbox == null || inbox.status != 200) {
            return;
        }
        List<String> open = new ArrayList<>();
        for (JsonNode task : inbox.json().path("items")) {
            if (task.path("assignee").isMissingNode() || task.path("assignee").isNull()) {
                open.add(task.get("taskId").asText());
            }
        }
        if (open.isEmpty()) {
            return;
        }
        String taskId = open.get(ThreadLocalRandom.current().nextInt(open.size()));
        Reply claimed = send(APPROVER, "POST", "/api/tasks/" + taskId + "/claim", null);
        if (claimed == null || claimed.status != 204) {
            return; // taken by another user first: 409, as it should be
        }
        Reply decided = send(APPROVER, "POST", "/api/tasks/" + taskId + "/decide-aid",
                Map.of("outcome", "APPROVED"));
        if (decided != null && decided.status == 204) {
            approvedOverRest.increment();
        }
    }

    private record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                return JSON.createArrayNode();
            }
        }
    }

    private Reply send(String user, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)))
                    .header("Accept-Language", "en");
            if ("GET".equals(method)) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        body == null ? "" : JSON.writeValueAsString(body)));
            }
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            latencies.add((System.nanoTime() - start) / 1_000_000);
            String status = Integer.toString(response.statusCode());
            statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
            if (response.statusCode() >= 500) {
                String what = method + " " + path.replaceAll("/[0-9a-f-]{36}/", "/{task}/")
                        .replaceAll("HC\\S+?/", "{case}/").replaceAll("q=.*", "q=…") + " " + status + " "
                        + response.body().substring(0, Math.min(160, response.body().length()));
                serverErrors.computeIfAbsent(what, k -> new LongAdder()).increment();
            }
            return new Reply(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            transportErrors.increment();
            serverErrors.computeIfAbsent(method + " " + e.getClass().getSimpleName(), k -> new LongAdder())
                    .increment();
            return null;
        }
    }

    /** Each broken money rule adds the number of rows (or 1 for a total) that break it; 0 is right. */
    private long checkMoney(List<HardshipCase> files) {
        Long[] ids = files.stream().map(HardshipCase::id).toArray(Long[]::new);
        String in = files.stream().map(c -> Long.toString(c.id())).collect(Collectors.joining(",", "(", ")"));
        long errors = 0;
        long approvedWithoutOnePayment = count("SELECT COUNT(*) FROM aid_request r WHERE r.case_id IN " + in
                + " AND r.status IN ('APPROVED', 'PAID') AND (SELECT COUNT(*) FROM payment_record p "
                + "WHERE p.aid_request_id = r.id) <> 1");
        long paymentWithoutApproval = count("SELECT COUNT(*) FROM payment_record p JOIN aid_request r "
                + "ON r.id = p.aid_request_id WHERE r.case_id IN " + in + " AND r.status NOT IN ('APPROVED', 'PAID')");
        long paymentAmountDiffers = count("SELECT COUNT(*) FROM payment_record p JOIN aid_request r "
                + "ON r.id = p.aid_request_id WHERE r.case_id IN " + in + " AND p.amount <> r.amount");
        long ledgerDiffers = count("SELECT COUNT(*) FROM payment_record p WHERE p.case_id IN " + in
                + " AND p.amount <> COALESCE((SELECT SUM(l.amount) FROM fund_ledger l WHERE l.entry_type = "
                + "'RESERVATION' AND l.reference = p.idempotency_key), 0)");
        long overdrawn = count("SELECT COUNT(*) FROM fund_allocation "
                + "WHERE allocated - passed_down - reserved - spent < 0");
        BigDecimal granted = sum("SELECT COALESCE(SUM(amount), 0) FROM aid_request WHERE case_id IN " + in
                + " AND status IN ('APPROVED', 'PAID')");
        BigDecimal paid = sum("SELECT COALESCE(SUM(amount), 0) FROM payment_record WHERE case_id IN " + in
                + " AND aid_request_id IS NOT NULL");
        BigDecimal reserved = sum("SELECT COALESCE(SUM(l.amount), 0) FROM fund_ledger l JOIN payment_record p "
                + "ON p.idempotency_key = l.reference WHERE l.entry_type = 'RESERVATION' AND p.case_id IN " + in);
        long approvedInDb = count("SELECT COUNT(*) FROM aid_request WHERE case_id IN " + in
                + " AND status IN ('APPROVED', 'PAID')");
        errors += approvedWithoutOnePayment + paymentWithoutApproval + paymentAmountDiffers + ledgerDiffers
                + overdrawn;
        errors += granted.compareTo(paid) != 0 ? 1 : 0;
        errors += paid.compareTo(reserved) != 0 ? 1 : 0;
        errors += Math.abs(approvedInDb - approvedOverRest.sum());
        line("money: %d approved requests in the database (%d confirmed over REST), granted %s, payment lines %s, "
                        + "ledger reservations %s", approvedInDb, approvedOverRest.sum(), granted.toPlainString(),
                paid.toPlainString(), reserved.toPlainString());
        line("money rules broken: approved without exactly one payment %d, payment without approval %d, payment "
                        + "amount differs %d, ledger differs %d, allocations overdrawn %d", approvedWithoutOnePayment,
                paymentWithoutApproval, paymentAmountDiffers, ledgerDiffers, overdrawn);
        if (ids.length == 0) {
            errors++;
        }
        return errors;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private BigDecimal sum(String sql) {
        return jdbc.sql(sql).query(BigDecimal.class).single();
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("[bench] " + text);
        report.add(text);
    }
}
