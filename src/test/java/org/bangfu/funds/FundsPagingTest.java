package org.bangfu.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bangfu.PrivateSubtreeTest;
import org.bangfu.Rest;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Payments, batches, a batch's lines and the ledger are paged and counted in the database, within the user's
 * subtree and with the roles of the lists they page.
 */
class FundsPagingTest extends PrivateSubtreeTest {

    @Autowired PaymentService payments;
    @Autowired BatchService batches;
    @Autowired FundService funds;

    @Test
    void paymentsArePagedAndCountedWithinTheSubtree() {
        CurrentUser finance = user(fx.u2User); // the city of C and D: four payments
        assertThat(payments.paymentCount(finance)).isEqualTo(4);
        List<PaymentRecord> all = new ArrayList<>(payments.paymentPage(finance, 0, 3));
        assertThat(all).hasSize(3);
        all.addAll(payments.paymentPage(finance, 3, 3));
        assertThat(all).extracting(PaymentRecord::id).doesNotHaveDuplicates().hasSize(4)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(all).extracting(PaymentRecord::caseId).containsOnly(fx.c, fx.d);
        assertThat(all).extracting(PaymentRecord::id).containsExactlyElementsOf(
                payments.payments(finance, 500).stream().map(PaymentRecord::id).toList());

        CurrentUser auditor = user(fx.u1User); // the other city: B's payment only
        assertThat(payments.paymentCount(auditor)).isOne();
        assertThat(payments.paymentPage(auditor, 0, 10)).extracting(PaymentRecord::caseId).containsExactly(fx.b);
        assertThat(payments.paymentPage(user("finance_zhongyuan"), 0, 10_000)).extracting(PaymentRecord::caseId)
                .doesNotContain(fx.b, fx.c, fx.d);
        assertThatThrownBy(() -> payments.paymentCount(user(fx.rootUser))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void batchesAndTheirLinesArePagedAndCountedWithinTheSubtree() {
        List<Long> payments = jdbc.sql("SELECT p.id FROM payment_record p JOIN hardship_case c ON c.id = p.case_id "
                + "WHERE c.unit_id = ? ORDER BY p.id").param(fx.u2).query(Long.class).list();
        long first = batch("1", payments);
        long second = batch("2", payments.subList(0, 1));
        long third = batch("3", payments.subList(1, 2));
        CurrentUser finance = user(fx.u2User);
        assertThat(batches.batchCount(finance)).isEqualTo(3);
        List<PaymentBatch> all = new ArrayList<>(batches.batches(finance, 0, 2));
        all.addAll(batches.batches(finance, 2, 2));
        assertThat(all).extracting(PaymentBatch::id).containsExactly(third, second, first);
        assertThat(all).extracting(PaymentBatch::id).containsExactlyElementsOf(
                batches.batches(finance).stream().map(PaymentBatch::id).toList());

        assertThat(batches.lineCount(first, finance)).isEqualTo(4);
        List<BatchLine> lines = new ArrayList<>(batches.lines(first, finance, 0, 3));
        assertThat(lines).hasSize(3);
        lines.addAll(batches.lines(first, finance, 3, 3));
        assertThat(lines).extracting(BatchLine::lineNo).containsExactly(1, 2, 3, 4);
        assertThat(lines).extracting(BatchLine::id).doesNotHaveDuplicates();

        // the other city sees none of them, and may not read their lines
        CurrentUser auditor = user(fx.u1User);
        assertThat(batches.batchCount(auditor)).isZero();
        assertThat(batches.batches(auditor, 0, 10)).isEmpty();
        assertThatThrownBy(() -> batches.lineCount(first, auditor)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> batches.lines(first, auditor, 0, 10)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theReconciliationIsPagedAndCountedOverSentBatchesOnly() throws Exception {
        List<Long> payments = jdbc.sql("SELECT p.id FROM payment_record p JOIN hardship_case c ON c.id = p.case_id "
                + "WHERE c.unit_id = ? ORDER BY p.id").param(fx.u2).query(Long.class).list();
        long gathered = batch("1", payments);
        long sent = batch("2", payments.subList(0, 2));
        long settled = batch("3", payments.subList(2, 3));
        long newest = batch("4", payments.subList(3, 4));
        jdbc.sql("UPDATE payment_batch SET status = 'SENT' WHERE id IN (?, ?)").params(sent, newest).update();
        jdbc.sql("UPDATE payment_batch SET status = 'SETTLED' WHERE id = ?").param(settled).update();
        CurrentUser finance = user(fx.u2User);
        assertThat(batches.reconciliationCount(finance)).isEqualTo(3);
        List<BatchReconciliation> all = new ArrayList<>(batches.reconciliation(finance, 0, 2));
        assertThat(all).hasSize(2);
        all.addAll(batches.reconciliation(finance, 2, 2));
        assertThat(all).extracting(BatchReconciliation::batchId).containsExactly(newest, settled, sent)
                .doesNotContain(gathered);
        assertThat(all).isEqualTo(batches.reconciliation(finance));
        assertThat(all.get(2).sentCount()).isEqualTo(2);
        Rest.Reply page = new Rest(baseUrl()).get(fx.u2User, "/api/batches/reconciliation?page=1&size=2");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("items").get(0).get("batchId").asLong()).isEqualTo(sent);
        assertThat(page.json().get("total").asInt()).isEqualTo(3);
        assertThat(batches.reconciliationCount(user(fx.u1User))).isZero();
        assertThat(batches.reconciliation(user(fx.u1User), 0, 10)).isEmpty();
    }

    @Test
    void restPagesBatchesAndTheirLinesAndRefusesABadPageSize() throws Exception {
        List<Long> payments = jdbc.sql("SELECT p.id FROM payment_record p JOIN hardship_case c ON c.id = p.case_id "
                + "WHERE c.unit_id = ? ORDER BY p.id").param(fx.u2).query(Long.class).list();
        long first = batch("1", payments);
        long second = batch("2", payments.subList(0, 1));
        Rest rest = new Rest(baseUrl());
        Rest.Reply newest = rest.get(fx.u2User, "/api/batches?page=0&size=1");
        assertThat(newest.status()).as(newest.body()).isEqualTo(200);
        assertThat(newest.json().get("items").get(0).get("id").asLong()).isEqualTo(second);
        assertThat(newest.json().get("total").asInt()).isEqualTo(2);
        assertThat(newest.json().get("hasMore").asBoolean()).isTrue();
        Rest.Reply older = rest.get(fx.u2User, "/api/batches?page=1&size=1");
        assertThat(older.json().get("items").get(0).get("id").asLong()).isEqualTo(first);
        assertThat(older.json().get("hasMore").asBoolean()).isFalse();

        Rest.Reply lines = rest.get(fx.u2User, "/api/batches/" + first + "/lines?page=1&size=3");
        assertThat(lines.status()).as(lines.body()).isEqualTo(200);
        assertThat(lines.json().get("items")).hasSize(1);
        assertThat(lines.json().get("items").get(0).get("lineNo").asInt()).isEqualTo(4);
        assertThat(lines.json().get("total").asInt()).isEqualTo(4);

        Rest.Reply tooBig = rest.get(fx.u2User, "/api/batches?size=201");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.contentType()).contains("application/problem+json");
        assertThat(tooBig.json().get("errors").findValuesAsText("field")).containsExactly("size");
        assertThat(rest.get(fx.u2User, "/api/batches/" + first + "/lines?page=-1").status()).isEqualTo(400);
        assertThat(rest.get(fx.u1User, "/api/batches/" + first + "/lines").status()).isEqualTo(403);
    }

    @Test
    void theLedgerIsPagedAndCountedWithItsFiltersWithinTheSubtree() {
        long allocation = jdbc.sql("""
                INSERT INTO fund_allocation (unit_id, source, fund_year, allocated, created_by, created_at)
                VALUES (?, 'UNION_OWN', 2097, 10000.00, 'fixture', now()) RETURNING id""").param(fx.u2)
                .query(Long.class).single();
        for (String type : List.of("ALLOCATION", "RESERVATION", "PAYMENT", "PAYMENT", "PAYMENT")) {
            jdbc.sql("""
                    INSERT INTO fund_ledger (entry_type, allocation_id, source, unit_id, amount, actor, occurred_at)
                    VALUES (?, ?, 'UNION_OWN', ?, 10.00, 'fixture', now())""").params(type, allocation, fx.u2)
                    .update();
        }
        CurrentUser finance = user(fx.u2User);
        LedgerFilter all = LedgerFilter.all();
        assertThat(funds.ledgerCount(all, finance)).isEqualTo(5);
        List<LedgerEntry> entries = new ArrayList<>(funds.ledgerPage(all, finance, 0, 3));
        entries.addAll(funds.ledgerPage(all, finance, 3, 3));
        assertThat(entries).extracting(LedgerEntry::id).doesNotHaveDuplicates().hasSize(5)
                .isSortedAccordingTo(Comparator.reverseOrder())
                .containsExactlyElementsOf(funds.ledger(all, finance, 100).stream().map(LedgerEntry::id).toList());
        LedgerFilter payments = new LedgerFilter(2097, null, LedgerEntryType.PAYMENT, fx.u2, null, null, null);
        assertThat(funds.ledgerCount(payments, finance)).isEqualTo(3);
        assertThat(funds.ledgerPage(payments, finance, 1, 5)).hasSize(2)
                .allSatisfy(e -> assertThat(e.type()).isEqualTo(LedgerEntryType.PAYMENT));

        assertThat(funds.ledgerCount(all, user(fx.u1User))).isZero();
        assertThat(funds.ledgerPage(all, user(fx.u1User), 0, 10)).isEmpty();
        assertThatThrownBy(() -> funds.ledgerCount(all, user(fx.rootUser))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theFundSummaryIsPagedCountedAndTotalledWithItsFilters() {
        allocation(fx.u2, "UNION_OWN", 2097, "1000.00");
        allocation(fx.u2, "UNION_OWN", 2097, "500.00");
        allocation(fx.u2, "UNION_OWN", 2096, "300.00");
        allocation(fx.u2, "CENTRAL_SPECIAL", 2097, "200.00");
        CurrentUser finance = user(fx.u2User);
        assertThat(funds.summaryCount(finance, null, null)).isEqualTo(3);
        List<FundSummary> all = new ArrayList<>(funds.summary(finance, null, null, 0, 2));
        assertThat(all).hasSize(2);
        all.addAll(funds.summary(finance, null, null, 2, 2));
        assertThat(all).isEqualTo(funds.summary(finance));
        assertThat(all).extracting(FundSummary::fundYear).containsExactly(2097, 2097, 2096);
        assertThat(all.get(0).allocated().add(all.get(1).allocated())).isEqualByComparingTo("1700.00");

        assertThat(funds.summaryCount(finance, 2097, FundSource.UNION_OWN)).isOne();
        assertThat(funds.summary(finance, 2097, FundSource.UNION_OWN, 0, 10)).singleElement()
                .satisfies(s -> assertThat(s.allocated()).isEqualByComparingTo("1500.00"));
        FundTotals totals = funds.summaryTotals(finance, 2097, null);
        assertThat(totals.available()).isEqualByComparingTo("1700.00");
        assertThat(totals.reserved()).isEqualByComparingTo("0");
        assertThat(funds.summaryCount(user(fx.u1User), null, null)).isZero();
        assertThat(funds.summaryTotals(user(fx.u1User), null, null).available()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> funds.summaryCount(user(fx.rootUser), null, null))
                .isInstanceOf(ForbiddenException.class);
    }

    private void allocation(long unit, String source, int year, String amount) {
        jdbc.sql("""
                INSERT INTO fund_allocation (unit_id, source, fund_year, allocated, created_by, created_at)
                VALUES (?, ?, ?, ?, 'fixture', now())""").params(unit, source, year, new java.math.BigDecimal(amount))
                .update();
    }

    private long batch(String suffix, List<Long> paymentIds) {
        String batchNo = "DASH-" + fx.u2 + "-" + suffix;
        long id = jdbc.sql("""
                INSERT INTO payment_batch (batch_no, unit_id, status, line_count, total, gathered_by, gathered_at)
                VALUES (?, ?, 'GATHERED', ?, 100.00, 'fixture', now()) RETURNING id""")
                .params(batchNo, fx.u2, paymentIds.size()).query(Long.class).single();
        int lineNo = 0;
        for (long paymentId : paymentIds) {
            lineNo++;
            jdbc.sql("""
                    INSERT INTO payment_batch_line (batch_id, line_no, payment_id, payment_key, amount, payee_name,
                      account_enc, account_last4) VALUES (?, ?, ?, ?, 25.00, 'payee', 'enc', '1234')""")
                    .params(id, lineNo, paymentId, "key-" + paymentId).update();
        }
        return id;
    }
}
