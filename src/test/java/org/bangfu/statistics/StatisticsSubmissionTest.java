package org.bangfu.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bangfu.statistics.StatisticsFixture.at;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.bangfu.IntegrationTest;
import org.bangfu.Rest;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Submission upward on the 2098 first quarter: 中原区 submits its centre form (locked), resubmits, 郑州市 sees its
 * children and the consolidated form, returns one with a reason, the child corrects and submits again; other
 * subtrees are refused; a tampered snapshot shows as a broken identity. Also the REST endpoints' refusals.
 */
class StatisticsSubmissionTest extends IntegrationTest {

    static final LocalDate FROM = LocalDate.of(2098, 1, 1);
    static final LocalDate TO = LocalDate.of(2098, 3, 31);
    static final long ZY = StatisticsFixture.ZHONGYUAN;
    static final long HJ = StatisticsFixture.HUIJI;
    static final long ZZ = StatisticsFixture.ZHENGZHOU;

    @Autowired StatisticsService statistics;
    @Autowired JdbcClient jdbc;

    private void payments(StatisticsFixture f) {
        long zy = f.hardshipCase("ST98-1", ZY, "DEEP");
        long hj = f.hardshipCase("ST98-2", HJ, "DEEP");
        long zz = f.hardshipCase("ST98-3", ZZ, "DEEP");
        f.aidPayment("st98-1", zy, ZY, "AID", "LIVING", "2000.00", "PAID", at("2098-02-01T12:00:00"));
        f.aidPayment("st98-2", hj, HJ, "AID", "LIVING", "1000.00", "PAID", at("2098-02-01T12:00:00"));
        f.aidPayment("st98-3", zz, ZZ, "AID", "LIVING", "500.00", "PAID", at("2098-02-01T12:00:00"));
    }

    @Test
    void aChildSubmitsResubmitsIsReturnedWithAReasonAndResubmitsWhileTheParentSeesTheConsolidatedForm() {
        StatisticsFixture f = new StatisticsFixture(jdbc);
        payments(f);
        statistics.saveEntered(FormCode.CENTRE, ZY, FROM, TO, Map.of("C", BigDecimal.TEN), user("cw_zhongyuan"));
        Submission v1 = statistics.submit(FormCode.CENTRE, ZY, FROM, TO, user("cw_zhongyuan"));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThatThrownBy(() -> statistics.saveEntered(FormCode.CENTRE, ZY, FROM, TO, Map.of("C", BigDecimal.ONE),
                user("cw_zhongyuan"))).isInstanceOf(ConflictException.class);

        f.aidPayment("st98-4", jdbc.sql("SELECT id FROM hardship_case WHERE case_no = 'ST98-1'").query(Long.class)
                .single(), ZY, "AID", "MEDICAL", "300.00", "PAID", at("2098-03-01T12:00:00"));
        Submission v2 = statistics.submit(FormCode.CENTRE, ZY, FROM, TO, user("approver_zhongyuan"));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT row_value FROM stat_report_value WHERE report_id = ? AND row_code = 'F2'")
                .param(v1.id()).query(BigDecimal.class).single()).isZero();

        List<ChildStatus> children = statistics.children(FormCode.CENTRE, ZZ, FROM, TO, user("approver_zhengzhou"));
        assertThat(children).extracting(ChildStatus::unitCode, ChildStatus::status).contains(
                org.assertj.core.groups.Tuple.tuple("410102", ReportStatus.SUBMITTED),
                org.assertj.core.groups.Tuple.tuple("410108", ReportStatus.NOT_SUBMITTED));
        assertThat(children.stream().filter(c -> c.unitId() == ZY).findFirst().orElseThrow().latest().version())
                .isEqualTo(2);
        FormResult consolidated = statistics.consolidated(FormCode.CENTRE, ZZ, FROM, TO, user("approver_zhengzhou"));
        assertThat(consolidated.value("F1")).isEqualByComparingTo("2");
        assertThat(consolidated.value("F2")).isEqualByComparingTo("1");
        assertThat(consolidated.value("G1")).isEqualByComparingTo("0.25");
        assertThat(consolidated.value("C")).isEqualByComparingTo("10");
        assertThat(consolidated.violations()).isEmpty();
        FormResult city = statistics.compute(FormCode.CENTRE, ZZ, FROM, TO, user("approver_zhengzhou"));
        assertThat(city.value("F1")).isEqualByComparingTo("3");
        assertThat(city.value("C")).isEqualByComparingTo("10");

        statistics.submit(FormCode.CENTRE, HJ, FROM, TO, user("cw_huiji"));
        assertThat(statistics.consolidated(FormCode.CENTRE, ZZ, FROM, TO, user("approver_zhengzhou")).value("F1"))
                .isEqualByComparingTo("3");

        assertThatThrownBy(() -> statistics.compute(FormCode.CENTRE, ZY, FROM, TO, user("cw_huiji")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statistics.returnSubmission(v2.id(), "wrong", user("cw_huiji")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statistics.returnSubmission(v2.id(), "wrong", user("cw_zhongyuan")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statistics.submit(FormCode.CENTRE, ZZ, FROM, TO, user("cw_zhongyuan")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statistics.submit(FormCode.CENTRE, ZY, FROM, TO, user("approver_zhengzhou")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> statistics.returnSubmission(v2.id(), " ", user("approver_zhengzhou")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field()).containsExactly("reason"));
        assertThatThrownBy(() -> statistics.returnSubmission(v1.id(), "old", user("approver_zhengzhou")))
                .isInstanceOf(ConflictException.class);

        Submission returned = statistics.returnSubmission(v2.id(), "C looks too high", user("approver_zhengzhou"));
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(statistics.children(FormCode.CENTRE, ZZ, FROM, TO, user("approver_zhengzhou")).stream()
                .filter(c -> c.unitId() == ZY).findFirst().orElseThrow())
                .satisfies(c -> assertThat(c.status()).isEqualTo(ReportStatus.RETURNED))
                .satisfies(c -> assertThat(c.latest().returnReason()).isEqualTo("C looks too high"));
        FormResult without = statistics.consolidated(FormCode.CENTRE, ZZ, FROM, TO, user("approver_zhengzhou"));
        assertThat(without.value("C")).isZero();
        assertThat(without.value("F1")).isEqualByComparingTo("2");

        statistics.saveEntered(FormCode.CENTRE, ZY, FROM, TO, Map.of("C", new BigDecimal("8")),
                user("cw_zhongyuan"));
        Submission v3 = statistics.submit(FormCode.CENTRE, ZY, FROM, TO, user("cw_zhongyuan"));
        assertThat(v3.version()).isEqualTo(3);
        assertThat(statistics.submissions(FormCode.CENTRE, ZY, FROM, TO, user("approver_zhengzhou")))
                .extracting(Submission::version, Submission::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, ReportStatus.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple(2, ReportStatus.RETURNED),
                        org.assertj.core.groups.Tuple.tuple(1, ReportStatus.SUBMITTED));
        assertThat(statistics.consolidated(FormCode.CENTRE, ZZ, FROM, TO, user("approver_zhengzhou")).value("C"))
                .isEqualByComparingTo("8");

        jdbc.sql("UPDATE stat_report_value SET row_value = row_value + 1 WHERE report_id = ? AND row_code = 'F'")
                .param(v3.id()).update();
        assertThat(statistics.consolidated(FormCode.CENTRE, ZZ, FROM, TO, user("approver_zhengzhou")).violations())
                .extracting(v -> v.identity().text()).containsExactly("F=F1+F2+F3+F4+F5+F6");
    }

    @Test
    void theRestApiAnswersFormsAndRefusesBadInputAsProblemJson() throws Exception {
        Rest rest = new Rest(baseUrl());
        String query = "?unit=410102&from=2098-04-01&to=2098-06-30";
        Rest.Reply form = rest.get("cw_zhongyuan", "/api/statistics/WARMTH" + query);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().get("rows").size()).isEqualTo(FormDefinition.of(FormCode.WARMTH).rows().size());
        Rest.Reply badForm = rest.get("cw_zhongyuan", "/api/statistics/NOPE" + query);
        assertThat(badForm.status()).isEqualTo(400);
        assertThat(badForm.contentType()).contains("problem+json");
        assertThat(rest.get("cw_huiji", "/api/statistics/WARMTH" + query).status()).isEqualTo(403);
        assertThat(rest.get("cw_zhongyuan", "/api/statistics/WARMTH?unit=999999&from=2098-04-01&to=2098-06-30")
                .status()).isEqualTo(404);

        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/statistics/CENTRE/entered" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "cw_zhongyuan:demo1234".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"D\": 2, \"D1\": 3, \"I\": 5}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(put.body()).contains("\"field\":\"D1\"", "\"field\":\"I\"");

        Rest.Reply drill = rest.get("cw_zhongyuan", "/api/statistics/WARMTH/drill-down" + query + "&row=C11");
        assertThat(drill.status()).isEqualTo(200);
        Rest.Reply submitted = rest.post("cw_zhongyuan", "/api/statistics/WARMTH/submit" + query, "");
        assertThat(submitted.status()).isEqualTo(200);
        long id = submitted.json().get("id").asLong();
        Rest.Reply noReason = rest.post("approver_zhengzhou", "/api/statistics/submissions/" + id + "/return",
                Map.of("reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(rest.get("approver_zhengzhou", "/api/statistics/WARMTH/children"
                + "?unit=410100&from=2098-04-01&to=2098-06-30").json().toString()).contains("SUBMITTED");
        assertThat(rest.get("approver_zhengzhou", "/api/statistics/WARMTH/consolidated"
                + "?unit=410100&from=2098-04-01&to=2098-06-30").status()).isEqualTo(200);
        Rest.Reply xlsx = rest.get("cw_zhongyuan", "/api/statistics/WARMTH/xlsx" + query);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
    }
}
