package org.bangfu.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bangfu.statistics.StatisticsFixture.at;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.IntegrationTest;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The three forms against a fixture worked out by hand (first quarter of 2097, 中原区 and its grass-roots unions,
 * with records just outside the period, outside the subtree or not paid that must not count), identities on
 * generated data, entered rows, drill-down and the spreadsheet.
 */
class StatisticsFormsTest extends IntegrationTest {

    static final LocalDate FROM = LocalDate.of(2097, 1, 1);
    static final LocalDate TO = LocalDate.of(2097, 3, 31);

    @Autowired StatisticsService statistics;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.context.MessageSource messages;

    @BeforeEach
    void fixture() {
        StatisticsFixture f = new StatisticsFixture(jdbc);
        if (f.exists("ST97-")) {
            return;
        }
        long zy = StatisticsFixture.ZHONGYUAN;
        long canyin = StatisticsFixture.CANYIN;
        long campaign = f.campaign("2097 warmth", StatisticsFixture.ZHENGZHOU, 2097);
        f.recipient(campaign, zy, "ENTERPRISE", "30000.00", "0", "PAID", at("2097-02-01T12:00:00"), null);
        f.recipient(campaign, canyin, "ENTERPRISE", "50000.00", "2500.50", "PAID", at("2097-02-02T12:00:00"), null);
        f.recipient(campaign, StatisticsFixture.HUANWEI, "GRASSROOTS_UNIT", "20000.00", "0", "FAILED",
                at("2097-02-02T12:00:00"), null);
        f.recipient(campaign, zy, "GRASSROOTS_UNIT", "0", "15000.00", null, null, LocalDate.of(2097, 3, 31));
        f.recipient(campaign, canyin, "MODEL_WORKER", "1000.00", "0", "PAID", at("2097-01-15T12:00:00"), null);
        f.recipient(campaign, zy, "MODEL_WORKER", "1000.00", "0", "PAID", at("2097-04-01T00:00:01"), null);
        f.recipient(campaign, zy, "FILED_HARDSHIP", "2000.00", "300.00", "PAID", at("2097-03-01T12:00:00"), null);
        f.recipient(campaign, canyin, "FILED_HARDSHIP", "0", "500.00", null, null, LocalDate.of(2097, 1, 1));
        f.recipient(campaign, zy, "MEDICAL_STAFF", "1500.00", "0", "PAID", at("2097-02-20T12:00:00"), null);
        f.recipient(campaign, StatisticsFixture.HUIJI, "ON_DUTY", "1000.00", "0", "PAID", at("2097-02-01T12:00:00"),
                null);
        f.recipient(campaign, zy, "FILED_HARDSHIP", "0", "800.00", null, null, LocalDate.of(2096, 12, 31));

        long c1 = f.hardshipCase("ST97-1", zy, "DEEP");
        long c2 = f.hardshipCase("ST97-2", canyin, "RELATIVE");
        long c3 = f.hardshipCase("ST97-3", zy, "ACCIDENT");
        long c4 = f.hardshipCase("ST97-4", zy, "DEEP");
        long c5 = f.hardshipCase("ST97-5", zy, null);
        long c6 = f.hardshipCase("ST97-6", zy, "RELATIVE");
        long c7 = f.hardshipCase("ST97-7", zy, "DEEP");
        long huiji = f.hardshipCase("ST97-8", StatisticsFixture.HUIJI, "DEEP");
        f.aidPayment("st97-p1", c1, zy, "AID", "LIVING", "1000.00", "PAID", at("2097-01-10T12:00:00"));
        f.aidPayment("st97-p2", c2, canyin, "AID", "LIVING", "500.00", "PAID", at("2097-02-10T12:00:00"));
        f.aidPayment("st97-p3", c3, zy, "AID", "MEDICAL", "3000.00", "PAID", at("2097-02-11T12:00:00"));
        f.aidPayment("st97-p4", c4, zy, "EMERGENCY", "EDUCATION", "2000.00", "PAID", at("2097-03-31T23:59:59"));
        f.aidPayment("st97-p5", c1, zy, "GRADUAL_EXIT", "TRAINING", "800.00", "PAID", at("2097-01-01T00:00:00"));
        f.aidPayment("st97-p6", c6, zy, "AID", "LEGAL", "600.00", "PAID", at("2097-03-02T12:00:00"));
        f.aidPayment("st97-p7", c1, zy, "AID", "LIVING", "700.00", "FAILED", at("2097-03-02T12:00:00"));
        f.aidPayment("st97-p8", c3, zy, "AID", "MEDICAL", "900.00", "PAID", at("2097-04-02T12:00:00"));
        f.aidPayment("st97-p9", huiji, StatisticsFixture.HUIJI, "AID", "LIVING", "400.00", "PAID",
                at("2097-02-02T12:00:00"));
        f.aidPayment("st97-p10", c5, null, "AID", "JOB_PLACEMENT", "1200.00", "PAID", at("2097-02-03T12:00:00"));

        f.exit(c1, "EXIT", "APPROVED", at("2097-02-01T12:00:00"), at("2097-02-15T12:00:00"), "EMPLOYMENT");
        f.exit(c2, "EXIT", "APPROVED", at("2097-03-01T12:00:00"), at("2097-03-10T12:00:00"), "DIBAO");
        f.exit(c3, "EXIT", "REJECTED", at("2097-03-01T12:00:00"), at("2097-03-10T12:00:00"), "EMPLOYMENT");
        f.exit(c4, "RELIEVED", null, at("2097-01-20T12:00:00"), null, "MEDICAL_INSURANCE");
        f.exit(c5, "RELIEVED", null, at("2097-03-30T12:00:00"), null, null);
        f.exit(c6, "EXIT", "APPROVED", at("2096-12-20T12:00:00"), at("2097-02-01T12:00:00"), "OTHER");
        f.exit(c7, "EXIT", "APPROVED", at("2097-03-20T12:00:00"), at("2097-05-01T12:00:00"), "EMPLOYMENT");

        long a1 = f.allocation(StatisticsFixture.PROVINCE, "UNION_ALLOCATION", null, "100000.00",
                at("2097-01-05T12:00:00"));
        long a2 = f.allocation(StatisticsFixture.ZHENGZHOU, "UNION_ALLOCATION", a1, "60000.00",
                at("2097-01-05T13:00:00"));
        long a3 = f.allocation(zy, "UNION_ALLOCATION", a2, "40000.00", at("2097-01-06T12:00:00"));
        f.allocation(canyin, "UNION_ALLOCATION", a3, "10000.00", at("2097-01-07T12:00:00"));
        long a5 = f.allocation(zy, "CENTRAL_SPECIAL", null, "25000.00", at("2097-02-01T12:00:00"));
        f.correction(a5, true, "5000.00", at("2097-02-05T12:00:00"));
        f.allocation(zy, "DONATION", null, "12345.67", at("2097-03-01T12:00:00"));
        long a7 = f.allocation(canyin, "LOCAL_GOVERNMENT", null, "5000.00", at("2097-03-02T12:00:00"));
        f.correction(a7, false, "1000.00", at("2097-03-03T12:00:00"));
        f.allocation(zy, "INTEREST", null, "300.00", at("2097-04-05T12:00:00"));
    }

    private static void expect(FormResult form, Object... codesAndValues) {
        for (int i = 0; i < codesAndValues.length; i += 2) {
            assertThat(form.value((String) codesAndValues[i])).as((String) codesAndValues[i])
                    .isEqualByComparingTo(codesAndValues[i + 1].toString());
        }
    }

    @Test
    void theWarmthFormCountsWhatWasGivenInThePeriodInTheSubtreeAndPaidAidByType() {
        FormResult form = statistics.compute(FormCode.WARMTH, StatisticsFixture.ZHONGYUAN, FROM, TO,
                user("cw_zhongyuan"));
        expect(form, "A1", 2, "A2", 1, "A", 3, "B1", "8.25", "B2", "1.50", "B", "9.75",
                "C1", 0, "C7", 0, "C10", 1, "C11", 2, "C", 3, "D10", "0.10", "D11", "0.28", "D", "0.38",
                "E1", 0, "E2", 2, "E3", 1, "E4", 1, "E5", 3, "E", 7, "F", 0, "J1", 1, "J2", "0.15");
        assertThat(form.violations()).isEmpty();
        assertThat(form.row("B1").orElseThrow().unit()).isEqualTo(RowUnit.WAN_YUAN);
        assertThat(form.row("B1").orElseThrow().value().scale()).isEqualTo(2);
        FormResult grassroots = statistics.compute(FormCode.WARMTH, StatisticsFixture.CANYIN, FROM, TO,
                user("cw_canyin"));
        expect(grassroots, "A1", 1, "B1", "5.25", "C10", 1, "C11", 1, "D11", "0.05", "E2", 1);
    }

    @Test
    void theCentreFormTakesMoneyArrivingFromOutsideTheSubtreeAidByTypeAndExitsByRoute() {
        FormResult form = statistics.compute(FormCode.CENTRE, StatisticsFixture.ZHONGYUAN, FROM, TO,
                user("approver_zhongyuan"));
        expect(form, "E1", "3.00", "E2", "0.40", "E3", "4.00", "E4", "1.23", "E5", "0", "E", "8.63", "J", "1.23",
                "F1", 2, "G1", "0.15", "F2", 1, "G2", "0.30", "F3", 1, "G3", "0.20", "F4", 1, "G4", "0.08",
                "F5", 1, "G5", "0.12", "F6", 1, "G6", "0.06", "F", 7, "G", "0.91",
                "H1", 1, "H2", 0, "H3", 0, "H4", 1, "H", 2, "A", 0, "I", 0);
        assertThat(form.violations()).isEmpty();
        FormResult city = statistics.compute(FormCode.CENTRE, StatisticsFixture.ZHENGZHOU, FROM, TO,
                user("approver_zhengzhou"));
        expect(city, "E3", "6.00", "E1", "3.00");
    }

    @Test
    void theExitFormCountsApprovedExitsAndReliefsByGradeAndByRoute() {
        FormResult form = statistics.compute(FormCode.EXIT, StatisticsFixture.ZHONGYUAN, FROM, TO,
                user("cw_zhongyuan"));
        expect(form, "A", 2, "A1", 1, "A2", 0, "A3", 0, "A4", 1, "A7", 1, "A9", 1, "A5", 0,
                "B", 3, "B1", 1, "B2", 2, "B3", 0, "B5", 1, "B8", 1, "B9", 1, "C", 5);
        assertThat(form.violations()).isEmpty();
    }

    @Test
    void aComputedNumberOpensTheRecordsBehindItOnlyInsideTheJurisdiction() {
        List<DrillRecord> filed = statistics.drillDown(FormCode.WARMTH, "C11", StatisticsFixture.ZHONGYUAN, FROM,
                TO, user("cw_zhongyuan"));
        assertThat(filed).hasSize(2).allSatisfy(r -> assertThat(r.kind()).isEqualTo("RECIPIENT"));
        assertThat(filed).extracting(DrillRecord::amount).map(BigDecimal::toPlainString)
                .containsExactlyInAnyOrder("2300.00", "500.00");
        assertThat(statistics.drillDown(FormCode.WARMTH, "E5", StatisticsFixture.ZHONGYUAN, FROM, TO,
                user("cw_zhongyuan"))).extracting(DrillRecord::key)
                .containsExactlyInAnyOrder("st97-p5", "st97-p6", "st97-p10");
        assertThat(statistics.drillDown(FormCode.CENTRE, "E", StatisticsFixture.ZHONGYUAN, FROM, TO,
                user("cw_zhongyuan"))).hasSize(6);
        assertThat(statistics.drillDown(FormCode.EXIT, "B9", StatisticsFixture.ZHONGYUAN, FROM, TO,
                user("cw_zhongyuan"))).extracting(DrillRecord::key).containsExactly("ST97-6");
        assertThatThrownBy(() -> statistics.drillDown(FormCode.WARMTH, "C11", StatisticsFixture.ZHONGYUAN, FROM,
                TO, user("cw_huiji"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statistics.drillDown(FormCode.WARMTH, "F1", StatisticsFixture.ZHONGYUAN, FROM,
                TO, user("cw_zhongyuan"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDrillDownIsPagedAndCountedInTheDatabaseOverEveryLeafOfASum() {
        var worker = user("cw_zhongyuan");
        List<DrillRecord> listed = statistics.drillDown(FormCode.CENTRE, "E", StatisticsFixture.ZHONGYUAN, FROM, TO,
                worker);
        assertThat(statistics.drillCount(FormCode.CENTRE, "E", StatisticsFixture.ZHONGYUAN, FROM, TO, worker))
                .isEqualTo(listed.size()).isEqualTo(6);
        List<DrillRecord> paged = new java.util.ArrayList<>(statistics.drillDown(FormCode.CENTRE, "E",
                StatisticsFixture.ZHONGYUAN, FROM, TO, worker, 0, 4));
        assertThat(paged).hasSize(4);
        paged.addAll(statistics.drillDown(FormCode.CENTRE, "E", StatisticsFixture.ZHONGYUAN, FROM, TO, worker, 4, 4));
        assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(listed);
        assertThat(paged).extracting(DrillRecord::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(statistics.drillDown(FormCode.WARMTH, "E5", StatisticsFixture.ZHONGYUAN, FROM, TO, worker, 1, 5))
                .hasSize(2);
        assertThat(statistics.drillCount(FormCode.WARMTH, "C11", StatisticsFixture.ZHONGYUAN, FROM, TO, worker))
                .isEqualTo(2);
        assertThatThrownBy(() -> statistics.drillCount(FormCode.WARMTH, "C11", StatisticsFixture.ZHONGYUAN, FROM,
                TO, user("cw_huiji"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statistics.drillDown(FormCode.WARMTH, "F1", StatisticsFixture.ZHONGYUAN, FROM,
                TO, worker, 0, 10)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void identitiesHoldOnGeneratedDataAndABrokenOneIsReported() {
        StatisticsFixture f = new StatisticsFixture(jdbc);
        LocalDate from = LocalDate.of(2093, 1, 1);
        LocalDate to = LocalDate.of(2093, 12, 31);
        if (!f.exists("ST93-")) {
            Random random = new Random(93);
            long campaign = f.campaign("2093 generated", StatisticsFixture.HUIJI, 2093);
            String[] targets = java.util.Arrays.stream(org.bangfu.campaign.CampaignTarget.values())
                    .map(Enum::name).toArray(String[]::new);
            String[] types = {"LIVING", "MEDICAL", "EDUCATION", "TRAINING", "JOB_PLACEMENT", "LEGAL"};
            long[] units = {StatisticsFixture.HUIJI, 10};
            long caseId = f.hardshipCase("ST93-1", StatisticsFixture.HUIJI, "DEEP");
            for (int i = 0; i < 150; i++) {
                String cash = random.nextBoolean() ? random.nextInt(1, 5000) + "." + random.nextInt(10, 99) : "0";
                f.recipient(campaign, units[random.nextInt(2)], targets[random.nextInt(targets.length)], cash,
                        random.nextInt(0, 900) + ".33", "PAID", at("2093-0" + random.nextInt(1, 10) + "-10T12:00:00"),
                        LocalDate.of(2093, random.nextInt(1, 13), 5));
                f.aidPayment("st93-" + i, caseId, units[random.nextInt(2)], "AID", types[random.nextInt(6)],
                        random.nextInt(1, 9000) + ".07", "PAID", at("2093-0" + random.nextInt(1, 10) + "-11T12:00:00"));
            }
        }
        for (FormCode code : FormCode.values()) {
            FormResult form = statistics.compute(code, StatisticsFixture.HUIJI, from, to, user("cw_huiji"));
            assertThat(form.violations()).as(code.name()).isEmpty();
        }
        FormResult warmth = statistics.compute(FormCode.WARMTH, StatisticsFixture.HUIJI, from, to, user("cw_huiji"));
        assertThat(warmth.value("C").add(warmth.value("A")).add(warmth.value("J1"))).isEqualByComparingTo("150");
        assertThat(warmth.value("E")).isEqualByComparingTo("150");

        FormDefinition definition = FormDefinition.of(FormCode.CENTRE);
        Map<String, BigDecimal> values = new HashMap<>(definition.withSums(Map.of("A1", BigDecimal.ONE,
                "D", BigDecimal.TEN, "D1", BigDecimal.ONE)));
        assertThat(definition.check(values)).isEmpty();
        values.put("A", BigDecimal.valueOf(5));
        values.put("D1", BigDecimal.valueOf(11));
        assertThat(definition.check(values)).extracting(v -> v.identity().text())
                .containsExactlyInAnyOrder("A=A1+A2+A3", "D>=D1");
    }

    @Test
    void enteredRowsAreCheckedFieldByFieldAndOnlyByTheUnitsOwnWorkers() {
        LocalDate from = LocalDate.of(2097, 4, 1);
        LocalDate to = LocalDate.of(2097, 6, 30);
        Map<String, BigDecimal> bad = new HashMap<>();
        bad.put("D", new BigDecimal("4"));
        bad.put("D1", new BigDecimal("5"));
        bad.put("C", new BigDecimal("2.5"));
        bad.put("I", new BigDecimal("2"));
        bad.put("L", new BigDecimal("-1"));
        bad.put("M", new BigDecimal("1.234"));
        bad.put("E1", BigDecimal.ONE);
        bad.put("Z9", BigDecimal.ONE);
        assertThatThrownBy(() -> statistics.saveEntered(FormCode.CENTRE, StatisticsFixture.ZHONGYUAN, from, to, bad,
                user("cw_zhongyuan"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("D1", "statistics.validation.exceedsTotal"),
                org.assertj.core.groups.Tuple.tuple("C", "statistics.validation.integer"),
                org.assertj.core.groups.Tuple.tuple("I", "statistics.validation.yesNo"),
                org.assertj.core.groups.Tuple.tuple("L", "statistics.validation.negative"),
                org.assertj.core.groups.Tuple.tuple("M", "statistics.validation.scale"),
                org.assertj.core.groups.Tuple.tuple("E1", "statistics.validation.notEntered"),
                org.assertj.core.groups.Tuple.tuple("Z9", "statistics.validation.unknownRow")));
        assertThat(statistics.compute(FormCode.CENTRE, StatisticsFixture.ZHONGYUAN, from, to, user("cw_zhongyuan"))
                .value("D")).isZero();
        FormResult saved = statistics.saveEntered(FormCode.CENTRE, StatisticsFixture.ZHONGYUAN, from, to,
                Map.of("D", new BigDecimal("12"), "D1", new BigDecimal("3"), "B3a", new BigDecimal("2"),
                        "B3c", new BigDecimal("5"), "I", BigDecimal.ONE, "L", new BigDecimal("1.5")),
                user("cw_zhongyuan"));
        expect(saved, "D", 12, "D1", 3, "B3", 7, "B", 7, "I", 1, "L", "1.50");
        assertThat(saved.row("D").orElseThrow().enteredBy()).isEqualTo("cw_zhongyuan");
        assertThat(saved.row("D").orElseThrow().enteredAt()).isNotNull();
        assertThatThrownBy(() -> statistics.saveEntered(FormCode.CENTRE, StatisticsFixture.ZHONGYUAN, from, to,
                Map.of("D1", new BigDecimal("13")), user("cw_zhongyuan")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("D1"));
        assertThatThrownBy(() -> statistics.saveEntered(FormCode.CENTRE, StatisticsFixture.ZHONGYUAN, from, to,
                Map.of("C", BigDecimal.ONE), user("cw_canyin"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statistics.saveEntered(FormCode.CENTRE, StatisticsFixture.ZHONGYUAN, from, to,
                Map.of("C", BigDecimal.ONE), user("finance_zhongyuan"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statistics.compute(FormCode.CENTRE, StatisticsFixture.ZHONGYUAN, to, from,
                user("cw_zhongyuan"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theSpreadsheetIsLaidOutLikeTheOfficialFormAndReadsBack() throws Exception {
        FormResult form = statistics.compute(FormCode.WARMTH, StatisticsFixture.ZHONGYUAN, FROM, TO,
                user("cw_zhongyuan"));
        byte[] xlsx = statistics.xlsx(form, Locale.SIMPLIFIED_CHINESE, user("cw_zhongyuan"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("送温暖统计表");
            assertThat(sheet.getMergedRegions()).anySatisfy(r -> {
                assertThat(r.getFirstRow()).isZero();
                assertThat(r.getLastColumn()).isEqualTo(3);
            });
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("填报单位", "填报人", "电话",
                    "郑州市中原区总工会", "2097-01-01");
            Row header = sheet.getRow(2);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()))
                    .containsExactly("编号", "项目", "单位", "合计");
            Map<String, Row> rows = new HashMap<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(3) != null) {
                    rows.put(row.getCell(0).getStringCellValue(), row);
                }
            }
            assertThat(rows).hasSize(form.rows().size());
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("A");
            assertThat(rows.get("C11").getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(rows.get("B").getCell(3).getNumericCellValue()).isEqualTo(9.75);
            assertThat(rows.get("B").getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(rows.get("B").getCell(2).getStringCellValue()).isEqualTo("万元");
            assertThat(rows.get("C11").getCell(1).getStringCellValue()).contains("各级工会建档的困难职工");
            assertThat(rows.get("C11").getCell(3).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
        }
    }

    @Test
    void everyRowHasItsWordingInBothLanguages() {
        for (FormCode code : FormCode.values()) {
            for (RowDefinition row : FormDefinition.of(code).rows()) {
                String key = row.labelKey(code);
                assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key).isNotNull();
                assertThat(messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE)).as(key).isNotNull()
                        .isNotEqualTo(messages.getMessage(key, null, null, Locale.ENGLISH));
            }
        }
    }
}
