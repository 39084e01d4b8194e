package org.bangfu.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bangfu.IntegrationTest;
import org.bangfu.organization.CurrentUser;
import org.bangfu.statistics.FormCode;
import org.bangfu.statistics.FormResult;
import org.bangfu.statistics.StatisticsService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test of speed: 1,000,000 payment lines in the province in 2099 (600,000 aid payments to 1,000
 * files and 400,000 campaign payments with their recipients, plus 50,000 recipients given goods only), set up with
 * set-based SQL on PostgreSQL, then the province's warmth form (and the centre and exit forms) computed by the real
 * service. Prints the times and writes them to {@code target/benchmark-statistics.txt}. Run it with
 * {@code ./mvnw test -Dtest=StatisticsBenchmark -Dbangfu.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "bangfu.benchmark", matches = "true")
class StatisticsBenchmark extends IntegrationTest {

    private static final int AID = 600_000;
    private static final int CAMPAIGN = 400_000;
    private static final int GOODS_ONLY = 50_000;
    private static final LocalDate FROM = LocalDate.of(2099, 1, 1);
    private static final LocalDate TO = LocalDate.of(2099, 12, 31);
    /** Every unit of the province below the root (ids of V1__organization.sql). */
    private static final String UNITS = "ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]";

    @Autowired JdbcClient jdbc;
    @Autowired StatisticsService statistics;

    private final List<String> report = new ArrayList<>();

    @Test
    void theProvincesWarmthFormOverAMillionPayments() throws Exception {
        long start = System.nanoTime();
        setUp();
        line("setup (SQL) of %,d payment lines and %,d recipients: %.1f s", AID + CAMPAIGN, CAMPAIGN + GOODS_ONLY,
                seconds(start));
        CurrentUser province = user("approver_henan");
        long unit = organization.unitByCode("410000").orElseThrow().id();
        FormResult warmth = null;
        for (int run = 1; run <= 3; run++) {
            long t = System.nanoTime();
            warmth = statistics.compute(FormCode.WARMTH, unit, FROM, TO, province);
            line("warmth form, province, run %d: %.3f s", run, seconds(t));
        }
        assertThat(warmth.violations()).isEmpty();
        assertThat(warmth.value("A").add(warmth.value("C")).add(warmth.value("J1")).intValue())
                .isEqualTo(CAMPAIGN / 10 * 9 + GOODS_ONLY);
        assertThat(warmth.value("E").intValue()).isEqualTo(AID / 10 * 9);
        for (FormCode form : List.of(FormCode.CENTRE, FormCode.EXIT)) {
            long t = System.nanoTime();
            statistics.compute(form, unit, FROM, TO, province);
            line("%s form, province: %.3f s", form.name().toLowerCase(Locale.ROOT), seconds(t));
        }
        long t = System.nanoTime();
        int records = statistics.drillDown(FormCode.WARMTH, "C11", unit, FROM, TO, province).size();
        line("drill-down C11 (%d records, capped): %.3f s", records, seconds(t));
        Files.writeString(Path.of("target", "benchmark-statistics.txt"),
                String.join(System.lineSeparator(), report) + System.lineSeparator());
    }

    private void setUp() {
        jdbc.sql("INSERT INTO hardship_case (case_no, unit_id, worker_name, resident_id_enc, resident_id_hash,"
                + " resident_id_masked, sex, birth_date, phone, employer, household_size, household_yearly_income,"
                + " rigid_expenses, hardship_cause, bank_card_enc, bank_card_last4, status, grade, filed_by, filed_at,"
                + " card_holder_name) SELECT 'BENCH-' || i, (" + UNITS + ")[1 + i % 12], 'Bench', 'x',"
                + " md5('b' || i) || md5('c' || i), '410***********0000', 'MALE', DATE '1980-01-01', '13800000000',"
                + " 'Employer', 3, 10000, 0, 'ILLNESS', 'x', '1234', 'OPEN', 'DEEP', 'bench',"
                + " TIMESTAMP WITH TIME ZONE '2098-01-01 12:00:00+08', 'Bench' FROM generate_series(1, 1000) AS i")
                .update();
        long firstCase = jdbc.sql("SELECT MIN(id) FROM hardship_case WHERE case_no LIKE 'BENCH-%'")
                .query(Long.class).single();
        // 90% paid, 10% failed; paid times spread over the year.
        jdbc.sql("INSERT INTO payment_record (case_id, purpose, aid_type, idempotency_key, amount, payee_name,"
                + " card_last4, fund_source, status, recorded_at, paid_at, payee_unit_id)"
                + " SELECT c.id, 'AID', (ARRAY['LIVING','MEDICAL','EDUCATION','TRAINING','JOB_PLACEMENT','LEGAL'])"
                + "[1 + i % 6], 'bench-aid-' || i, 100 + i % 900, 'Bench', '1234', 'UNION_ALLOCATION',"
                + " CASE WHEN i % 10 = 0 THEN 'FAILED' ELSE 'PAID' END,"
                + " TIMESTAMP WITH TIME ZONE '2099-01-01 12:00:00+08' + (i % 360) * INTERVAL '1 day',"
                + " TIMESTAMP WITH TIME ZONE '2099-01-01 12:00:00+08' + (i % 360) * INTERVAL '1 day', c.unit_id"
                + " FROM generate_series(1, " + AID + ") AS i JOIN hardship_case c ON c.id = ? + i % 1000")
                .param(firstCase).update();
        long campaign = jdbc.sql("INSERT INTO campaign (name, kind, unit_id, fund_year, period_from, period_to,"
                + " cutoff_date, report_deadline, status, planned_by, planned_at) VALUES ('bench', 'NEW_YEAR_SPRING',"
                + " 1, 2099, DATE '2099-01-01', DATE '2099-12-31', DATE '2099-01-01', DATE '2099-12-31', 'RUNNING',"
                + " 'bench', TIMESTAMP WITH TIME ZONE '2098-12-01 12:00:00+08') RETURNING id").query(Long.class)
                .single();
        jdbc.sql("INSERT INTO payment_record (purpose, aid_type, idempotency_key, amount, payee_name, card_last4,"
                + " fund_source, status, recorded_at, paid_at, payee_unit_id, payee_account_enc, campaign_id)"
                + " SELECT 'CAMPAIGN', 'LIVING', 'bench-c-' || i, 1000 + i % 500, 'Bench', '1234', 'UNION_ALLOCATION',"
                + " CASE WHEN i % 10 = 0 THEN 'FAILED' ELSE 'PAID' END,"
                + " TIMESTAMP WITH TIME ZONE '2099-01-01 12:00:00+08' + (i % 60) * INTERVAL '1 day',"
                + " TIMESTAMP WITH TIME ZONE '2099-01-01 12:00:00+08' + (i % 60) * INTERVAL '1 day',"
                + " (" + UNITS + ")[1 + i % 12], 'x', ? FROM generate_series(1, " + CAMPAIGN + ") AS i")
                .param(campaign).update();
        jdbc.sql("INSERT INTO campaign_recipient (campaign_id, unit_id, target, origin, organisation, name, payee_key,"
                + " account_enc, cash, goods_value, payment_id, registered_by, registered_at)"
                + " SELECT ?, p.payee_unit_id, (ARRAY['LAID_OFF','SERIOUS_ILLNESS','WORK_INJURY','DISASTER','EPIDEMIC',"
                + "'MIGRANT_WORKER','ON_DUTY','SECONDED_CADRE','MAJOR_PROJECT','MODEL_WORKER','FILED_HARDSHIP',"
                + "'MEDICAL_STAFF','ENTERPRISE','GRASSROOTS_UNIT'])[1 + p.id % 14], 'ENTERED', FALSE, 'Bench',"
                + " 'p' || p.id, 'x', p.amount, 50, p.id, 'bench', TIMESTAMP WITH TIME ZONE '2098-12-01 12:00:00+08'"
                + " FROM payment_record p WHERE p.campaign_id = ?").params(campaign, campaign).update();
        jdbc.sql("INSERT INTO campaign_recipient (campaign_id, unit_id, target, origin, organisation, name, payee_key,"
                + " cash, goods_value, registered_by, registered_at, visited_on)"
                + " SELECT ?, (" + UNITS + ")[1 + i % 12], 'FILED_HARDSHIP', 'ENTERED', FALSE, 'Bench', 'g' || i, 0,"
                + " 200, 'bench', TIMESTAMP WITH TIME ZONE '2098-12-01 12:00:00+08',"
                + " DATE '2099-01-01' + i % 300 FROM generate_series(1, " + GOODS_ONLY + ") AS i").param(campaign)
                .update();
        jdbc.sql("ANALYZE").update();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println("[benchmark] " + text);
        report.add(text);
    }
}
