package org.bangfu.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.bangfu.Rest;
import org.bangfu.TestBank;
import org.bangfu.approval.AidRequestCommand;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.identification.AidType;
import org.bangfu.identification.HardshipCase;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The funds REST API refuses bad input as problem JSON naming the field (or the line), and saves nothing. */
class FundsRestTest extends ProcessTestSupport {

    private static final String FINANCE = "finance_zhongyuan";

    private static List<String> fields(Rest.Reply reply) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().get("errors").findValuesAsText("field");
    }

    private long allocationCount() {
        return jdbc.sql("SELECT COUNT(*) FROM fund_allocation").query(Long.class).single();
    }

    @Test
    void badAllocationsAreRefusedFieldByFieldAndOnlyFinanceMaySeeTheMoney() {
        Rest rest = new Rest(baseUrl());
        long before = allocationCount();
        Rest.Reply refused = rest.post(FINANCE, "/api/funds/allocations",
                Map.of("source", "DONATION", "fundYear", 1999, "amount", "-5.001"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("fundYear", "amount", "donorAidType");
        Rest.Reply notAChild = rest.post(FINANCE, "/api/funds/allocations/" + funds.allocations(user(FINANCE))
                .get(0).id() + "/pass-down", Map.of("amount", "10.00"));
        assertThat(notAChild.status()).isEqualTo(400);
        assertThat(fields(notAChild)).containsExactly("childUnit");
        assertThat(allocationCount()).isEqualTo(before);
        assertThat(rest.get("cw_canyin", "/api/funds/summary").status()).isEqualTo(403);
        assertThat(rest.get(FINANCE, "/api/funds/reconcile").json().size()).isZero();
    }

    @Test
    void aBatchOverRestRefusesAWrongTotalAnUnknownEncodingAndAMalformedResultThenPays() {
        HardshipCase c = openFile();
        caseActions.requestAid(new AidRequestCommand(c.id(), AidType.LIVING, money("600.00"), null, null, "生活困难"),
                user(CW));
        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_AID, APPROVER), new DecisionCommand(Outcome.APPROVED, null),
                user(APPROVER));
        Rest rest = new Rest(baseUrl());
        long paymentId = waitingLines(c).get(0).id();
        JsonNode batch = rest.post(FINANCE, "/api/batches", Map.of("paymentIds", List.of(paymentId))).json();
        long id = batch.get("id").asLong();

        Rest.Reply wrongTotal = rest.post("finance2_zhongyuan", "/api/batches/" + id + "/release",
                Map.of("confirmedCount", 1, "confirmedTotal", "599.99"));
        assertThat(wrongTotal.status()).isEqualTo(400);
        assertThat(fields(wrongTotal)).containsExactly("confirmedTotal");
        assertThat(rest.get(FINANCE, "/api/batches/" + id).json().get("status").asText()).isEqualTo("GATHERED");
        assertThat(rest.post("finance2_zhongyuan", "/api/batches/" + id + "/release",
                Map.of("confirmedCount", 1, "confirmedTotal", "600.00")).status()).isEqualTo(200);

        Rest.Reply latin = rest.get(FINANCE, "/api/batches/" + id + "/bank-file?encoding=ISO-8859-1");
        assertThat(latin.status()).isEqualTo(400);
        assertThat(fields(latin)).containsExactly("encoding");
        assertThat(rest.get(FINANCE, "/api/batches/" + id).json().get("status").asText()).isEqualTo("RELEASED");
        Rest.Reply file = rest.get(FINANCE, "/api/batches/" + id + "/bank-file?encoding=GBK");
        assertThat(file.status()).isEqualTo(200);

        String key = waitingOrSent(c);
        Rest.Reply malformed = rest.postCsv(FINANCE, "/api/batches/" + id + "/result",
                ("PAYMENT_KEY,AMOUNT,RESULT,REASON,BANK_REFERENCE\r\n" + key + ",600.00,PAID,,B1\r\n"
                        + key + ",600.00,PAID,,B1\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(fields(malformed)).containsExactly("line 3");
        assertThat(payments.byKey(key).orElseThrow().status()).isEqualTo(PaymentStatus.SENT);

        Rest.Reply paid = rest.postCsv(FINANCE, "/api/batches/" + id + "/result",
                TestBank.resultFile(batches.lines(id, user(FINANCE)), null));
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.json().get("paid").asInt()).isEqualTo(1);
        assertThat(payments.byKey(key).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
    }

    private String waitingOrSent(HardshipCase c) {
        return payments.payments(c.id()).get(0).idempotencyKey();
    }
}
