package org.bangfu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.bangfu.funds.BatchLine;
import org.bangfu.funds.BatchService;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentService;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;

/**
 * The bank, the way finance deals with it: a case's waiting payment lines are gathered into a batch by one person,
 * released by a second, exported, and answered by a result file in the default layout; then the bank's answer
 * reaches the waiting processes.
 */
public final class TestBank {

    /** Who gathers and who releases batches at each paying unit (four eyes). */
    public static final Map<String, List<String>> FINANCE_AT = Map.of(
            "410102", List.of("finance_zhongyuan", "finance2_zhongyuan"),
            "410108", List.of("finance_huiji", "approver_huiji"),
            "410100", List.of("finance_zhengzhou", "approver_zhengzhou"),
            "410000", List.of("finance_henan", "approver_henan"));

    private final PaymentService payments;
    private final BatchService batches;
    private final OrganizationService organization;

    public TestBank(PaymentService payments, BatchService batches, OrganizationService organization) {
        this.payments = payments;
        this.batches = batches;
        this.organization = organization;
    }

    public List<PaymentRecord> waitingLines(HardshipCase c) {
        return payments.payments(c.id()).stream().filter(p -> p.status() == PaymentStatus.APPROVED).toList();
    }

    /** The gatherer (0) or releaser (1) at the unit that pays the line. */
    public CurrentUser financeOf(PaymentRecord line, int which) {
        String unit = organization.unit(line.payingUnitId()).code();
        assertThat(FINANCE_AT).as("finance people at the paying unit of " + line.idempotencyKey())
                .containsKey(unit);
        return organization.user(FINANCE_AT.get(unit).get(which)).orElseThrow();
    }

    /** Gathered, released by a second person and exported: the batch is at the bank. */
    public PaymentBatch send(HardshipCase c) {
        List<PaymentRecord> lines = waitingLines(c);
        assertThat(lines).as("payment lines of " + c.caseNo() + " waiting for a batch").isNotEmpty();
        CurrentUser gatherer = financeOf(lines.get(0), 0);
        PaymentBatch batch = batches.gather(lines.stream().map(PaymentRecord::id).toList(), gatherer);
        batches.release(batch.id(), batch.lineCount(), batch.total(), financeOf(lines.get(0), 1));
        batches.export(batch.id(), StandardCharsets.UTF_8, gatherer);
        return batch;
    }

    /** The bank answers every line of the batch: paid, or refused with {@code refusal}. */
    public PaymentBatch answer(PaymentBatch batch, String refusal) {
        CurrentUser finance = organization.user(FINANCE_AT.get(organization.unit(batch.unitId()).code()).get(0))
                .orElseThrow();
        batches.importResult(batch.id(), resultFile(batches.lines(batch.id(), finance), refusal),
                StandardCharsets.UTF_8, "result.csv", finance, n -> { });
        return batches.batch(batch.id(), finance);
    }

    /** A bank result file in the default layout answering every line. */
    public static byte[] resultFile(List<BatchLine> lines, String refusal) {
        StringBuilder csv = new StringBuilder("PAYMENT_KEY,AMOUNT,RESULT,REASON,BANK_REFERENCE\r\n");
        for (BatchLine line : lines) {
            csv.append(line.paymentKey()).append(',').append(line.amount().toPlainString()).append(',')
                    .append(refusal == null ? "PAID" : "FAILED").append(',').append(refusal == null ? "" : refusal)
                    .append(',').append("BR").append(line.id()).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
