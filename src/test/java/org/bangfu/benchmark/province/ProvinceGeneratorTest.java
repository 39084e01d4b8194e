package org.bangfu.benchmark.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.bangfu.audit.AuditChain;
import org.bangfu.audit.ChainVerification;
import org.bangfu.casework.CaseDetail;
import org.bangfu.casework.CaseViews;
import org.bangfu.casework.TimelineEntry;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.bangfu.statistics.FormCode;
import org.bangfu.statistics.StatisticsService;
import org.bangfu.workflow.TaskFilter;
import org.bangfu.workflow.WorkItems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The province generator at a tiny size (2 cities, 10 counties, 200 grass-roots units, 20 open tasks, 50 closed
 * cases) on two fresh databases: the counts, the same checksum for the same seed on both, resuming after a stop,
 * and the bulk-loaded closed cases counted by case search, the statistics forms and shown by the case screen.
 */
class ProvinceGeneratorTest {

    private static final String A = "bangfu_province_a_" + UUID.randomUUID().toString().substring(0, 8);
    private static final String B = "bangfu_province_b_" + UUID.randomUUID().toString().substring(0, 8);
    private static final ProvinceOptions TINY = new ProvinceOptions(7, 2, 10, 200, 20, 50, "410102", A, 2, "");

    @AfterAll
    static void drop() {
        ProvinceRun.dropDatabase(A);
        ProvinceRun.dropDatabase(B);
    }

    @Test
    void aTinyProvinceIsCountedDeterministicAndResumable() {
        ProvinceGenerator.Result first;
        try (ProvinceRun.Session a = ProvinceRun.open(A, 2, System.out)) {
            first = a.generate(TINY);
            JdbcClient jdbc = a.bean(JdbcClient.class);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM org_unit WHERE level = 'CITY'")).isEqualTo(4); // 2 + 济源, 开封
            assertThat(count(jdbc, "SELECT COUNT(*) FROM org_unit WHERE level = 'COUNTY'")).isEqualTo(10);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM org_unit u JOIN org_unit p ON p.id = u.parent_id"
                    + " WHERE u.level = 'GRASSROOTS' AND p.level = 'COUNTY'")).isEqualTo(196); // + 4 in industries
            assertThat(count(jdbc, "SELECT COUNT(*) FROM org_unit WHERE level = 'INDUSTRY'")).isGreaterThan(2);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM hardship_case WHERE id >= 1000000 AND id < 5000000"))
                    .isEqualTo(50);
            long exited = count(jdbc, "SELECT COUNT(*) FROM hardship_case WHERE status = 'EXITED'");
            assertThat(exited).isBetween(30L, 50L);

            // the open work: real engine instances, in the county case workers' inbox
            CurrentUser countyWorker = a.bean(OrganizationService.class).user("p_cw_410102_1").orElseThrow();
            assertThat(a.bean(WorkItems.class).count(TaskFilter.group(), countyWorker)).isEqualTo(20);

            // the closed history: case search, case screen and the statistics forms count it
            CurrentUser province = a.bean(OrganizationService.class).user("approver_henan").orElseThrow();
            CaseViews cases = a.bean(CaseViews.class);
            assertThat(cases.caseCount(province)).isEqualTo(70);
            String closedNo = jdbc.sql("SELECT case_no FROM hardship_case WHERE status = 'EXITED' ORDER BY id"
                    + " LIMIT 1").query(String.class).single();
            CaseDetail detail = cases.detail(closedNo, province);
            assertThat(detail.timeline()).extracting(TimelineEntry::what)
                    .contains("CASE_FILED", "FILE_OPENED", "AID_APPROVED_COUNTY", "EXIT_APPROVED", "FILE_ARCHIVED");
            assertThat(detail.timeline()).extracting(TimelineEntry::source).containsOnly("audit");
            assertThat(detail.payments()).isNotEmpty();
            StatisticsService statistics = a.bean(StatisticsService.class);
            long unit = a.bean(OrganizationService.class).unitByCode("410000").orElseThrow().id();
            long exitsCounted = 0;
            long aidCounted = 0;
            for (int year = 2021; year <= 2028; year++) { // a form covers at most a year
                LocalDate from = LocalDate.of(year, 1, 1);
                LocalDate to = LocalDate.of(year, 12, 31);
                exitsCounted += statistics.compute(FormCode.EXIT, unit, from, to, province).value("B").longValue();
                aidCounted += statistics.compute(FormCode.WARMTH, unit, from, to, province).value("E").longValue();
            }
            assertThat(exitsCounted).isEqualTo(exited); // EXIT form row B: exits (A: relieved)
            long aidPaid = count(jdbc, "SELECT COUNT(*) FROM payment_record WHERE status = 'PAID'"
                    + " AND campaign_id IS NULL AND case_id >= 1000000");
            assertThat(aidPaid).isGreaterThanOrEqualTo(2 * exited);
            assertThat(aidCounted).isEqualTo(aidPaid); // WARMTH form row E: aid paid to files
            // the bulk-loaded audit rows continue the hash chain
            CurrentUser admin = a.bean(OrganizationService.class).user("admin").orElseThrow();
            ChainVerification chain = a.bean(AuditChain.class).verify(admin, (done, total) -> { });
            assertThat(chain.badPosition()).isNull();
            assertThat(chain.checked()).isEqualTo(count(jdbc, "SELECT COUNT(*) FROM audit_event"));
        }

        try (ProvinceRun.Session b = ProvinceRun.open(B, 2, System.out)) {
            ProvinceGenerator.Result stopped = b.generate(TINY.withDb(B).stoppingAfter("open-cases"));
            assertThat(stopped.checksum()).isNotEqualTo(first.checksum());
            assertThat(stopped.counts().get("act_ru_task")).isZero();
            ProvinceGenerator.Result resumed = b.generate(TINY.withDb(B));
            assertThat(resumed.seconds()).doesNotContainKeys("units", "users", "open-cases")
                    .containsKeys("open-tasks", "closed");
            assertThat(resumed.checksum()).isEqualTo(first.checksum());
            assertThat(resumed.counts()).isEqualTo(first.counts());
            // a finished province is left as it is
            ProvinceGenerator.Result again = b.generate(TINY.withDb(B));
            assertThat(again.seconds()).isEmpty();
            assertThat(again.checksum()).isEqualTo(first.checksum());
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
