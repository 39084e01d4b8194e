package org.bangfu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.bangfu.PrivateSubtreeTest;
import org.bangfu.Rest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The dashboard over REST: the fixture's numbers for its users, and bad input as problem JSON naming the field. */
class DashboardRestTest extends PrivateSubtreeTest {

    Rest rest;

    @BeforeEach
    void fixture() {
        fx = new DashboardFixture(jdbc, organization);
        rest = new Rest(baseUrl());
    }

    @Test
    void theEndpointsAnswerForTheCallersSubtree() {
        JsonNode grades = ok(rest.get(fx.u2User, "/api/dashboard/cases-by-grade"));
        assertThat(grades).hasSize(2);
        assertThat(grades.findValuesAsText("status")).containsOnly("OPEN");
        JsonNode money = ok(rest.get(fx.rootUser, "/api/dashboard/money-by-source?year=2097"));
        assertThat(money).hasSize(3);
        assertThat(money.get(2).get("source").asText()).isEqualTo("UNION_OWN");
        assertThat(money.get(2).get("month").asInt()).isEqualTo(3);
        assertThat(money.get(2).get("amount").decimalValue()).isEqualByComparingTo("1000.00");
        JsonNode coverage = ok(rest.get(fx.rootUser, "/api/dashboard/campaign-coverage?campaignId=" + fx.campaign));
        assertThat(coverage.findValuesAsText("missing")).containsExactly("0", "1");
        JsonNode stale = ok(rest.get(fx.rootUser, "/api/dashboard/stale-files"));
        assertThat(ids(stale.get("items"))).containsExactly(fx.d, fx.a);
        assertThat(stale.get("total").asInt()).isEqualTo(2);
        assertThat(stale.get("hasMore").asBoolean()).isFalse();
        assertThat(ids(ok(rest.get(fx.rootUser, "/api/dashboard/never-assisted")).get("items")))
                .containsExactly(fx.c, fx.a);
        // paged in the database: the second page of one holds the second file, and the total stays
        JsonNode second = ok(rest.get(fx.rootUser, "/api/dashboard/never-assisted?page=1&size=1"));
        assertThat(ids(second.get("items"))).containsExactly(fx.a);
        assertThat(second.get("total").asInt()).isEqualTo(2);
        assertThat(second.get("hasMore").asBoolean()).isFalse();
        assertThat(ok(rest.get(fx.rootUser, "/api/dashboard/never-assisted?page=0&size=1")).get("hasMore")
                .asBoolean()).isTrue();
        JsonNode none = ok(rest.get(fx.u3User, "/api/dashboard/never-assisted"));
        assertThat(ids(none.get("items"))).isEmpty();
        assertThat(none.get("total").asInt()).isZero();
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndOtherSubtreesAndRolesAreRefused() {
        assertProblem(rest.get(fx.rootUser, "/api/dashboard/money-by-source"), 400, "year");
        assertProblem(rest.get(fx.rootUser, "/api/dashboard/money-by-source?year=abc"), 400, "year");
        assertProblem(rest.get(fx.rootUser, "/api/dashboard/money-by-source?year=1999"), 400, "year");
        assertProblem(rest.get(fx.rootUser, "/api/dashboard/campaign-coverage"), 400, "campaignId");
        assertProblem(rest.get(fx.rootUser, "/api/dashboard/campaign-coverage?campaignId=x"), 400, "campaignId");
        assertProblem(rest.get(fx.u3User, "/api/dashboard/campaign-coverage?campaignId=" + fx.campaign), 404, null);
        assertProblem(rest.get(fx.rootUser, "/api/dashboard/stale-files?size=201"), 400, "size");
        assertProblem(rest.get(fx.rootUser, "/api/dashboard/never-assisted?size=0"), 400, "size");
        assertProblem(rest.get(fx.rootUser, "/api/dashboard/never-assisted?page=-1"), 400, "page");
        assertProblem(rest.get(fx.analyst, "/api/dashboard/stale-files"), 403, null);
        assertThat(rest.get(null, "/api/dashboard/stale-files").status()).isEqualTo(401);
    }

    private static JsonNode ok(Rest.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<Long> ids(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("caseId").asLong()));
        return ids;
    }

    private static void assertProblem(Rest.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly(field);
        }
    }
}
