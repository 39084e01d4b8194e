package org.bangfu.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Records for the statistics tests written straight into the other modules' tables (the forms read them with SQL
 * only), in far-future periods no other test uses. Times are China time, mid-day unless a test means a boundary.
 */
public final class StatisticsFixture {

    public static final long ZHONGYUAN = 6;
    public static final long HUIJI = 7;
    public static final long CANYIN = 8;
    public static final long HUANWEI = 9;
    public static final long ZHENGZHOU = 2;
    public static final long PROVINCE = 1;

    private final JdbcClient jdbc;

    public StatisticsFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static OffsetDateTime at(String dateTime) {
        return OffsetDateTime.parse(dateTime + "+08:00");
    }

    public boolean exists(String caseNoPrefix) {
        return jdbc.sql("SELECT COUNT(*) FROM hardship_case WHERE case_no LIKE ?").param(caseNoPrefix + "%")
                .query(Long.class).single() > 0;
    }

    public long hardshipCase(String caseNo, long unitId, String grade) {
        byte[] hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        return insert("INSERT INTO hardship_case (case_no, unit_id, worker_name, resident_id_enc, resident_id_hash,"
                        + " resident_id_masked, sex, birth_date, phone, employer, household_size,"
                        + " household_yearly_income, rigid_expenses, hardship_cause, bank_card_enc, bank_card_last4,"
                        + " status, grade, filed_by, filed_at, card_holder_name) VALUES (?, ?, 'Test', 'x', ?,"
                        + " '410***********0000', 'FEMALE', DATE '1980-01-01', '13800000000', 'Employer', 3, 10000,"
                        + " 0, 'ILLNESS', 'x', '1234', 'OPEN', ?, 'test', ?, 'Test')",
                caseNo, unitId, HexFormat.of().formatHex(hash), grade, at("2090-01-01T12:00:00"));
    }

    /** An aid payment line; {@code payeeUnit} null leaves the unit to the file (lines written before V9). */
    public long aidPayment(String key, Long caseId, Long payeeUnit, String purpose, String aidType, String amount,
                           String status, OffsetDateTime paidAt) {
        return insert("INSERT INTO payment_record (case_id, purpose, aid_type, idempotency_key, amount, payee_name,"
                        + " card_last4, fund_source, status, recorded_at, paid_at, payee_unit_id)"
                        + " VALUES (?, ?, ?, ?, ?, 'Payee', '1234', 'UNION_ALLOCATION', ?, ?, ?, ?)",
                caseId, purpose, aidType, key, new BigDecimal(amount), status, paidAt, paidAt, payeeUnit);
    }

    public long campaign(String name, long unitId, int year) {
        return insert("INSERT INTO campaign (name, kind, unit_id, fund_year, period_from, period_to, cutoff_date,"
                        + " report_deadline, status, planned_by, planned_at) VALUES (?, 'NEW_YEAR_SPRING', ?, ?, ?, ?,"
                        + " ?, ?, 'RUNNING', 'test', ?)", name, unitId, year, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                at(year + "-01-01T12:00:00"));
    }

    /**
     * A recipient; with cash a campaign payment line in the given status paid at the given time (the line has aid
     * type LIVING and purpose CAMPAIGN: it must not count as aid).
     */
    public long recipient(long campaignId, long unitId, String target, String cash, String goods, String status,
                          OffsetDateTime paidAt, LocalDate visitedOn) {
        String key = "R" + System.nanoTime() + ThreadLocalRandom.current().nextInt(1_000_000);
        Long paymentId = null;
        if (new BigDecimal(cash).signum() > 0) {
            paymentId = insert("INSERT INTO payment_record (purpose, aid_type, idempotency_key, amount, payee_name,"
                            + " card_last4, fund_source, status, recorded_at, paid_at, payee_unit_id,"
                            + " payee_account_enc, campaign_id) VALUES ('CAMPAIGN', 'LIVING', ?, ?, 'Recipient',"
                            + " '1234', 'UNION_ALLOCATION', ?, ?, ?, ?, 'x', ?)",
                    "campaign-" + key, new BigDecimal(cash), status, paidAt, "PAID".equals(status) ? paidAt : null,
                    unitId, campaignId);
        }
        boolean organisation = target.equals("ENTERPRISE") || target.equals("GRASSROOTS_UNIT");
        return insert("INSERT INTO campaign_recipient (campaign_id, unit_id, target, origin, organisation, name,"
                        + " payee_key, account_enc, cash, goods_value, payment_id, registered_by, registered_at,"
                        + " visited_on) VALUES (?, ?, ?, 'ENTERED', ?, ?, ?, 'x', ?, ?, ?, 'test', ?, ?)",
                campaignId, unitId, target, organisation, "Recipient " + key, key, new BigDecimal(cash),
                new BigDecimal(goods), paymentId, at("2090-01-01T12:00:00"), visitedOn);
    }

    public long exit(long caseId, String outcome, String decision, OffsetDateTime assessedAt,
                     OffsetDateTime decidedAt, String route) {
        return insert("INSERT INTO exit_assessment (case_id, outcome, causes_gone, months_above_dibao, assessed_by,"
                        + " assessed_at, decision, decided_by, decided_at, route) VALUES (?, ?, TRUE, 6, 'test', ?, ?,"
                        + " ?, ?, ?)", caseId, outcome, assessedAt, decision, decision == null ? null : "test",
                decidedAt, route);
    }

    /** An allocation as the funds module books it: the row, its ALLOCATION entry, and the parent's PASSED_DOWN. */
    public long allocation(long unitId, String source, Long parentId, String amount, OffsetDateTime at) {
        long id = insert("INSERT INTO fund_allocation (unit_id, source, fund_year, parent_id, allocated, created_by,"
                        + " created_at, donor_aid_type) VALUES (?, ?, ?, ?, ?, 'test', ?, ?)", unitId, source,
                at.getYear(), parentId, new BigDecimal(amount), at, "DONATION".equals(source) ? "LIVING" : null);
        ledger("ALLOCATION", id, amount, at);
        if (parentId != null) {
            jdbc.sql("UPDATE fund_allocation SET passed_down = passed_down + ? WHERE id = ?")
                    .params(new BigDecimal(amount), parentId).update();
            ledger("PASSED_DOWN", parentId, amount, at);
        }
        return id;
    }

    /** A correction of what arrived, kept in step with the allocation row so that reconciliation still agrees. */
    public void correction(long allocationId, boolean in, String amount, OffsetDateTime at) {
        jdbc.sql("UPDATE fund_allocation SET allocated = allocated " + (in ? "+" : "-") + " ? WHERE id = ?")
                .params(new BigDecimal(amount), allocationId).update();
        ledger(in ? "CORRECTION_IN" : "CORRECTION_OUT", allocationId, amount, at);
    }

    private void ledger(String type, long allocationId, String amount, OffsetDateTime at) {
        jdbc.sql("INSERT INTO fund_ledger (entry_type, allocation_id, source, unit_id, amount, actor, occurred_at)"
                        + " SELECT ?, id, source, unit_id, ?, 'test', ? FROM fund_allocation WHERE id = ?")
                .params(type, new BigDecimal(amount), at, allocationId).update();
    }

    private long insert(String sql, Object... params) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }
}
