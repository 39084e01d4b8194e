package org.bangfu.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bangfu.Fixtures;
import org.bangfu.IntegrationTest;
import org.bangfu.funds.BankFile;
import org.bangfu.funds.BatchService;
import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.ResultImport;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test of speed: 100,000 payment lines gathered into one batch, released, exported as a bank file,
 * and the bank's 100,000-line result imported, on PostgreSQL. Prints the time and the peak heap of each step and
 * writes them to {@code target/benchmark-payments.txt}. Run it with
 * {@code ./mvnw test -Dtest=PaymentBatchBenchmark -Dbangfu.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * The lines are set up with SQL (setup is not what is measured); every measured step is the real service.
 */
@EnabledIfSystemProperty(named = "bangfu.benchmark", matches = "true")
class PaymentBatchBenchmark extends IntegrationTest {

    private static final int LINES = Integer.getInteger("bangfu.benchmark.lines", 100_000);
    private static final int YEAR = 2095;

    @Autowired JdbcClient jdbc;
    @Autowired FundService funds;
    @Autowired BatchService batches;
    @Autowired IdentificationService files;
    @Autowired org.bangfu.casework.CaseIntake intake;

    private final List<String> report = new ArrayList<>();

    @Test
    void hundredThousandLinesOutAndBack() throws Exception {
        CurrentUser finance = user("finance_zhongyuan");
        List<HardshipCase> cases = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            cases.add(intake.file(Fixtures.intake(Fixtures.residentId(), new BigDecimal("3000.00"),
                    HardshipCause.ILLNESS), user("cw_canyin")));
        }
        BigDecimal amount = new BigDecimal("500.00");
        BigDecimal total = amount.multiply(BigDecimal.valueOf(LINES));
        FundAllocation allocation = funds.allocate(FundSource.UNION_ALLOCATION, YEAR, total.add(total), null, null,
                finance);
        long start = System.nanoTime();
        setUpLines(cases, allocation, amount, finance);
        line("setup (SQL) of %d approved lines: %.1f s", LINES, seconds(start));

        PaymentBatch batch = measure("gather", () -> batches.gather(List.of(), finance));
        assertThat(batch.lineCount()).isEqualTo(LINES);
        measure("release", () -> batches.release(batch.id(), batch.lineCount(), batch.total(),
                user("finance2_zhongyuan")));
        BankFile file = measure("export UTF-8", () -> batches.export(batch.id(), StandardCharsets.UTF_8, finance));
        assertThat(file.lines()).isEqualTo(LINES);
        BankFile gbk = measure("export GBK (again)", () -> batches.export(batch.id(), Charset.forName("GBK"),
                finance));
        line("bank file: %,d bytes UTF-8, %,d bytes GBK", file.content().length, gbk.content().length);

        byte[] result = resultFile(batch);
        ResultImport imported = measure("import result", () -> batches.importResult(batch.id(), result,
                StandardCharsets.UTF_8, "result.csv", finance, n -> { }));
        assertThat(imported.paid() + imported.failed()).isEqualTo(LINES);
        ResultImport again = measure("import the same result again", () -> batches.importResult(batch.id(), result,
                StandardCharsets.UTF_8, "result.csv", finance, n -> { }));
        assertThat(again.alreadyImported()).isTrue();
        assertThat(funds.allocation(allocation.id()).spent())
                .isEqualByComparingTo(amount.multiply(BigDecimal.valueOf(imported.paid())));
        line("max heap of the test JVM: %d MB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path out = Path.of("target", "benchmark-payments.txt");
        Files.writeString(out, String.join(System.lineSeparator(), report) + System.lineSeparator());
    }

    /** Approved lines as the approval step leaves them: line, reservation, and its ledger entry. */
    private void setUpLines(List<HardshipCase> cases, FundAllocation allocation, BigDecimal amount,
                            CurrentUser finance) {
        long unitId = finance.unit().id();
        StringBuilder caseIds = new StringBuilder("ARRAY[");
        for (int i = 0; i < cases.size(); i++) {
            caseIds.append(i == 0 ? "" : ",").append(cases.get(i).id());
        }
        caseIds.append("]::BIGINT[]");
        jdbc.sql("INSERT INTO payment_record (case_id, purpose, aid_type, idempotency_key, amount, payee_name, "
                        + "card_last4, fund_source, status, recorded_at, paying_unit_id, allocation_id, fund_year, "
                        + "approved_by, awaits_signal) "
                        + "SELECT c.id, 'AID', 'LIVING', 'bench-' || g, ?, c.card_holder_name, c.bank_card_last4, "
                        + "'UNION_ALLOCATION', 'APPROVED', ?, ?, ?, ?, 'benchmark', FALSE "
                        + "FROM generate_series(1, ?) g JOIN hardship_case c ON c.id = (" + caseIds
                        + ")[1 + (g % " + cases.size() + ")]")
                .params(amount, OffsetDateTime.now(), unitId, allocation.id(), YEAR, LINES).update();
        jdbc.sql("INSERT INTO fund_ledger (entry_type, allocation_id, source, unit_id, case_id, reference, amount, "
                        + "actor, occurred_at) SELECT 'RESERVATION', allocation_id, fund_source, paying_unit_id, case_id, "
                        + "idempotency_key, amount, 'benchmark', recorded_at FROM payment_record "
                        + "WHERE idempotency_key LIKE 'bench-%'").update();
        jdbc.sql("UPDATE fund_allocation SET reserved = reserved + ? WHERE id = ?")
                .params(amount.multiply(BigDecimal.valueOf(LINES)), allocation.id()).update();
    }

    /** The bank pays all but every hundredth line. */
    private byte[] resultFile(PaymentBatch batch) {
        StringBuilder csv = new StringBuilder(LINES * 40).append("PAYMENT_KEY,AMOUNT,RESULT,REASON,BANK_REFERENCE\r\n");
        jdbc.sql("SELECT payment_key, amount, line_no FROM payment_batch_line WHERE batch_id = ? ORDER BY line_no")
                .param(batch.id()).query(rs -> {
                    boolean failed = rs.getInt(3) % 100 == 0;
                    csv.append(rs.getString(1)).append(',').append(rs.getBigDecimal(2).toPlainString()).append(',')
                            .append(failed ? "FAILED,ACCOUNT CLOSED" : "PAID,").append(",B").append(rs.getInt(3))
                            .append("\r\n");
                });
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private <T> T measure(String step, java.util.concurrent.Callable<T> work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        T result = work.call();
        double took = seconds(start);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        line("%-30s %6.2f s   peak heap %5d MB", step, took, peak / (1024 * 1024));
        return result;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println("[benchmark] " + text);
    }
}
