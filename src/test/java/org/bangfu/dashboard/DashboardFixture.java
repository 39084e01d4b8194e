package org.bangfu.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.bangfu.organization.OrganizationService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A private union subtree with hand-made files, payments, audit events and a campaign, inserted with SQL so that
 * every count is known. Each call makes a new subtree under the national root (province-like unit {@code R} with
 * cities {@code U1}, {@code U2} and an empty {@code U3}), so tests and reruns never see each other's rows.
 * Business time is moved to {@link #TODAY} 10:00 China time; call {@link #resetClock()} afterwards.
 *
 * <pre>
 * file  unit grade     status    filed            last audit   payments
 * A     U1   DEEP      OPEN      2096-06-14 23:00 -            -                       stale, never assisted
 * B     U1   DEEP      RELIEVED  2096-06-15 00:00 -            PAID 1000.00 UNION_OWN 2097-03-10
 * C     U2   RELATIVE  OPEN      2095-02-01       2097-01-01   FAILED 300.00                  never assisted
 * D     U2   DEEP      OPEN      2095-03-01       2096-01-01   PAID 99.99 CENTRAL_SPECIAL 2097-01-01 01:00 (+08),
 *                                                              PAID 250.50 CENTRAL_SPECIAL 2097-05-01 01:00 (+08),
 *                                                              PAID 77.00 CENTRAL_SPECIAL 2098-02-01      stale
 * E     U1   DEEP      EXITED    2090-01-01       -            -
 * F     U1   (none)    APPLIED   2097-06-01       -            -
 * campaign at R, units U1 and U2: A is a recipient (and, needlessly, exempted too), B exempted, D missing.
 * </pre>
 */
public final class DashboardFixture {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.of(2097, 6, 15);
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 900) * 10);

    public final long root;
    public final long u1;
    public final long u2;
    public final String rootUser;
    public final String u1User;
    public final String u2User;
    public final String analyst;
    /** A case worker of a third city under R that takes part in no campaign and has no files. */
    public final String u3User;
    public final String rootName;
    public final long a;
    public final long b;
    public final long c;
    public final long d;
    public final long e;
    public final long f;
    public final long campaign;
    public final String campaignName;

    private final JdbcClient jdbc;
    private final int n;

    public DashboardFixture(JdbcClient jdbc, OrganizationService organization) {
        this.jdbc = jdbc;
        this.n = SEQUENCE.addAndGet(4);
        ClockUtil.setCurrentTime(Date.from(TODAY.atTime(10, 0).atZone(CHINA).toInstant()));
        String rootCode = String.valueOf(970000 + n);
        root = unit(9_700_000L + n, rootCode, "DashRoot" + n, "PROVINCE", 13L, "/100000/" + rootCode + "/");
        rootName = "DashRoot" + n;
        u1 = unit(9_700_000L + n + 1, rootCode + "01", "DashU1-" + n, "CITY", root,
                "/100000/" + rootCode + "/" + rootCode + "01/");
        u2 = unit(9_700_000L + n + 2, rootCode + "02", "DashU2-" + n, "CITY", root,
                "/100000/" + rootCode + "/" + rootCode + "02/");
        rootUser = user("dash_root_" + n, root, "CASE_WORKER");
        u1User = user("dash_u1_" + n, u1, "AUDITOR");
        u2User = user("dash_u2_" + n, u2, "FINANCE");
        analyst = user("dash_analyst_" + n, root, "ANALYST");
        long u3 = unit(9_700_000L + n + 3, rootCode + "03", "DashU3-" + n, "CITY", root,
                "/100000/" + rootCode + "/" + rootCode + "03/");
        u3User = user("dash_u3_" + n, u3, "CASE_WORKER");
        // The union tree is cached; units inserted behind its back need a reload.
        Object tree = AopTestUtils.getUltimateTargetObject(organization);
        ReflectionTestUtils.invokeMethod(tree, "reload");
        a = file("A", u1, "DEEP", "OPEN", at(2096, 6, 14, 23));
        b = file("B", u1, "DEEP", "RELIEVED", at(2096, 6, 15, 0));
        c = file("C", u2, "RELATIVE", "OPEN", at(2095, 2, 1, 9));
        d = file("D", u2, "DEEP", "OPEN", at(2095, 3, 1, 9));
        e = file("E", u1, "DEEP", "EXITED", at(2090, 1, 1, 9));
        f = file("F", u1, null, "APPLIED", at(2097, 6, 1, 9));
        audit(c, at(2097, 1, 1, 9));
        audit(d, at(2096, 1, 1, 9));
        payment(b, "1000.00", "UNION_OWN", "PAID", at(2097, 3, 10, 9));
        payment(c, "300.00", "UNION_OWN", "FAILED", null);
        payment(d, "99.99", "CENTRAL_SPECIAL", "PAID", at(2097, 1, 1, 1));
        payment(d, "250.50", "CENTRAL_SPECIAL", "PAID", at(2097, 5, 1, 1));
        payment(d, "77.00", "CENTRAL_SPECIAL", "PAID", at(2098, 2, 1, 9));
        campaignName = "Warmth " + n;
        campaign = campaign(campaignName, root);
        campaignUnit(campaign, u1);
        campaignUnit(campaign, u2);
        recipient(campaign, u1, a);
        exemption(campaign, a);
        exemption(campaign, b);
        long other = campaign("Other " + n, root);
        recipient(other, u2, d);
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    public String caseNo(long caseId) {
        return jdbc.sql("SELECT case_no FROM hardship_case WHERE id = ?").param(caseId).query(String.class).single();
    }

    static OffsetDateTime at(int year, int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(hour, 0).atZone(CHINA).toOffsetDateTime();
    }

    private long unit(long id, String code, String name, String level, long parent, String path) {
        jdbc.sql("INSERT INTO org_unit (id, code, name, level, parent_id, division_code, path) "
                + "VALUES (?, ?, ?, ?, ?, '410100', ?)").params(id, code, name, level, parent, path).update();
        return id;
    }

    private String user(String username, long unit, String role) {
        // The demo users' password (demo1234), so REST tests can log in.
        jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, unit_id) "
                + "SELECT ?, password_hash, ?, ? FROM app_user WHERE username = 'cw_canyin'")
                .params(username, username, unit).update();
        jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, ?)").params(username, role).update();
        return username;
    }

    private long file(String letter, long unit, String grade, String status, OffsetDateTime filedAt) {
        String caseNo = "DASH-" + n + "-" + letter;
        jdbc.sql("""
                INSERT INTO hardship_case (case_no, unit_id, worker_name, resident_id_enc, resident_id_hash,
                  resident_id_masked, sex, birth_date, phone, employer, household_size, household_yearly_income,
                  rigid_expenses, hardship_cause, bank_card_enc, bank_card_last4, status, grade, filed_by, filed_at,
                  card_holder_name)
                VALUES (?, ?, ?, 'enc', ?, '410102********0011', 'MALE', DATE '1980-01-01', '13800000000', 'Dash Co',
                  3, 24000.00, 6000.00, 'ILLNESS', 'enc', '1234', ?, ?, 'fixture', ?, ?)""")
                .params(caseNo, unit, "Worker " + letter + n, String.format("%064d", (long) n * 10 + letter.charAt(0)),
                        status, grade, filedAt, "Worker " + letter + n)
                .update();
        return jdbc.sql("SELECT id FROM hardship_case WHERE case_no = ?").param(caseNo).query(Long.class).single();
    }

    private void audit(long caseId, OffsetDateTime at) {
        org.bangfu.audit.internal.AuditFixtures.append(jdbc, at, "fixture", "EDITED", caseId, null, null);
    }

    private void payment(long caseId, String amount, String source, String status, OffsetDateTime paidAt) {
        jdbc.sql("""
                INSERT INTO payment_record (case_id, purpose, aid_type, idempotency_key, amount, payee_name, card_last4,
                  fund_source, status, recorded_at, paid_at, payee_unit_id)
                VALUES (?, 'AID', 'LIVING', ?, ?, 'payee', '1234', ?, ?, ?, ?,
                  (SELECT unit_id FROM hardship_case WHERE id = ?))""")
                .params(caseId, "dash-" + n + "-" + caseId + "-" + amount, new BigDecimal(amount), source, status,
                        at(2097, 1, 1, 0), paidAt, caseId)
                .update();
    }

    private long campaign(String name, long unit) {
        jdbc.sql("""
                INSERT INTO campaign (name, kind, unit_id, fund_year, period_from, period_to, cutoff_date,
                  report_deadline, status, planned_by, planned_at)
                VALUES (?, 'NEW_YEAR_SPRING', ?, 2097, DATE '2097-01-01', DATE '2097-02-28', DATE '2096-12-31',
                  DATE '2097-03-15', 'RUNNING', 'fixture', ?)""").params(name, unit, at(2096, 12, 1, 9)).update();
        return jdbc.sql("SELECT MAX(id) FROM campaign WHERE name = ?").param(name).query(Long.class).single();
    }

    private void campaignUnit(long campaignId, long unit) {
        jdbc.sql("INSERT INTO campaign_unit (campaign_id, unit_id, status) VALUES (?, ?, 'VISITING')")
                .params(campaignId, unit).update();
    }

    private void recipient(long campaignId, long unit, long caseId) {
        jdbc.sql("""
                INSERT INTO campaign_recipient (campaign_id, unit_id, target, origin, case_id, name, payee_key,
                  goods_value, registered_by, registered_at)
                VALUES (?, ?, 'HARDSHIP', 'FILE', ?, 'recipient', ?, 200.00, 'fixture', ?)""")
                .params(campaignId, unit, caseId, "case-" + caseId, at(2097, 1, 10, 9)).update();
    }

    private void exemption(long campaignId, long caseId) {
        jdbc.sql("INSERT INTO campaign_exemption (campaign_id, case_id, reason, recorded_by, recorded_at) "
                + "VALUES (?, ?, 'in hospital', 'fixture', ?)").params(campaignId, caseId, at(2097, 1, 20, 9))
                .update();
    }
}
