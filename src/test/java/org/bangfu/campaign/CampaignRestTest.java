package org.bangfu.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bangfu.IntegrationTest;
import org.bangfu.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The campaign REST API refuses bad plans as problem JSON naming each field, saves nothing, and hides campaigns. */
class CampaignRestTest extends IntegrationTest {

    @Autowired JdbcClient jdbc;

    private static List<String> fields(Rest.Reply reply) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().get("errors").findValuesAsText("field");
    }

    @Test
    void aBadPlanIsRefusedFieldByFieldAndAnotherSubtreeSeesNothing() {
        Rest rest = new Rest(baseUrl());
        long before = jdbc.sql("SELECT COUNT(*) FROM campaign").query(Long.class).single();
        Rest.Reply refused = rest.post("approver_zhengzhou", "/api/campaigns", Map.of(
                "name", " ", "kind", "NEW_YEAR_SPRING", "fundYear", 1999, "periodFrom", "2086-02-10",
                "periodTo", "2086-01-10", "unitIds", List.of(organization.unitByCode("410300").orElseThrow().id()),
                "groups", List.of(Map.of("target", "ENTERPRISE", "standardMin", "50000", "standardMax", "30000"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).contains("name", "fundYear", "periodTo", "cutoffDate", "reportDeadline", "units",
                "groups[0]");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign").query(Long.class).single()).isEqualTo(before);

        Rest.Reply planned = rest.post("cw_zhongyuan", "/api/campaigns", Map.of(
                "name", "REST plan", "kind", "OTHER", "fundYear", 2086, "periodFrom", "2086-01-10",
                "periodTo", "2086-02-10", "cutoffDate", "2086-01-01", "reportDeadline", "2086-02-20",
                "unitIds", List.of(organization.unitByCode("410102002").orElseThrow().id()),
                "groups", List.of(Map.of("target", "ON_DUTY", "standardMin", "1000", "standardMax", "1000"))));
        assertThat(planned.status()).isEqualTo(201);
        long id = planned.json().get("id").asLong();
        assertThat(rest.get("approver_zhengzhou", "/api/campaigns/" + id).status()).isEqualTo(200);
        // a county beside it sees nothing of it and cannot submit it
        assertThat(rest.get("cw_huiji", "/api/campaigns/" + id).status()).isEqualTo(403);
        assertThat(rest.get("cw_huiji", "/api/campaigns").body()).doesNotContain("REST plan");
        assertThat(rest.post("cw_huiji", "/api/campaigns/" + id + "/submit", Map.of()).status()).isEqualTo(403);
        assertThat(rest.post("cw_zhongyuan", "/api/campaigns/" + id + "/submit", Map.of()).status())
                .isEqualTo(200);
        assertThat(rest.post("cw_zhongyuan", "/api/campaigns/" + id + "/submit", Map.of()).status())
                .isEqualTo(409);
        // only an approver decides, and a rejection needs its note
        assertThat(rest.post("cw_zhongyuan", "/api/campaigns/" + id + "/decision", Map.of("approve", true))
                .status()).isEqualTo(403);
        Rest.Reply noNote = rest.post("approver_zhongyuan", "/api/campaigns/" + id + "/decision",
                Map.of("approve", false));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(fields(noNote)).containsExactly("note");

        // a model worker and a delegation with nothing filled in: refused per field, nothing saved
        long workers = jdbc.sql("SELECT COUNT(*) FROM model_worker").query(Long.class).single();
        Rest.Reply badWorker = rest.post("cw_zhongyuan", "/api/model-workers", Map.of("residentId", "123"));
        assertThat(badWorker.status()).isEqualTo(400);
        assertThat(fields(badWorker)).contains("name", "residentId", "phone");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM model_worker").query(Long.class).single()).isEqualTo(workers);
        Rest.Reply badDelegation = rest.post("cw_zhongyuan", "/api/campaigns/" + id + "/delegations", Map.of());
        assertThat(badDelegation.status()).isEqualTo(400);
        assertThat(fields(badDelegation)).contains("name", "leader");
        assertThat(rest.get("cw_zhongyuan", "/api/campaigns/" + id + "/delegations").json().size()).isZero();
    }
}
