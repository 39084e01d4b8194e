package org.bangfu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bangfu.Fixtures;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.Rest;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.IntakeCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/** The Bangfu REST API and the engine's: problem JSON for bad input with nothing saved, and who may enter where. */
class RestApiTest extends ProcessTestSupport {

    @Autowired JdbcClient jdbc;
    Rest rest;

    @BeforeEach
    void client() {
        rest = new Rest(baseUrl());
    }

    private long caseCount() {
        return jdbc.sql("SELECT COUNT(*) FROM hardship_case").query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> validIntake() {
        return new LinkedHashMap<>(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
                .convertValue(Fixtures.deepHardship(), Map.class));
    }

    @Test
    void caseWorkerFilesACaseAndReadsItBack() {
        Rest.Reply created = rest.post("cw_canyin", "/api/cases", validIntake());
        assertThat(created.status()).isEqualTo(201);
        String caseNo = created.json().get("caseNo").asText();
        assertThat(created.json().get("status").asText()).isEqualTo("APPLIED");
        assertThat(created.json().get("residentIdMasked").asText()).contains("***");
        assertThat(created.body()).doesNotContain(Fixtures.bankCard("622202020011223"));

        JsonNode detail = rest.get("cw_canyin", "/api/cases/" + caseNo).json();
        assertThat(detail.at("/household/members").size()).isEqualTo(2);
        assertThat(detail.at("/household/profile/housingType").asText()).isEqualTo("RENTED");
        assertThat(detail.get("currentSteps").get(0).asText()).isEqualTo("Task_FirstReview");
        assertThat(rest.get("cw_canyin", "/api/tasks?scope=group&taskKey=Task_FirstReview&q=" + caseNo).body())
                .contains(caseNo);
        assertThat(rest.get("cw_canyin", "/api/tasks?scope=group&taskKey=Task_HomeVisit&q=" + caseNo).body())
                .doesNotContain(caseNo);
    }

    /**
     * One style for every moment in an answer: ISO-8601 in the deployment's zone with its offset (China time), for
     * times from the database (stored in UTC), from the clock and from the engine alike; dates stay dates.
     */
    @Test
    void everyMomentInAnAnswerIsChinaTimeWithItsOffset() {
        String caseNo = rest.post("cw_canyin", "/api/cases", validIntake()).json().get("caseNo").asText();
        List<String> moments = new java.util.ArrayList<>();
        for (String path : List.of("/api/cases/" + caseNo, "/api/cases?q=" + caseNo,
                "/api/tasks?scope=group&taskKey=Task_FirstReview&q=" + caseNo)) {
            Rest.Reply reply = rest.get("cw_canyin", path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("\"(\\d{4}-\\d{2}-\\d{2}T[^\"]*)\"").matcher(reply.body());
            while (m.find()) {
                moments.add(path + " " + m.group(1));
            }
        }
        assertThat(moments).as("the case's filing time and its task's creation").hasSizeGreaterThanOrEqualTo(2);
        assertThat(moments).allMatch(text -> text.endsWith("+08:00"), "written in China time with +08:00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyBadFieldIsNamedInProblemJsonAndNothingIsSaved() {
        long before = caseCount();
        Map<String, Object> body = validIntake();
        body.put("workerName", "");
        body.put("residentId", "410102198502300011");
        body.put("phone", "23800138000");
        body.put("householdSize", 0);
        body.put("rigidExpenses", new BigDecimal("1.234"));
        body.put("bankCard", "6222020200112233445");
        List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
        members.get(0).put("residentId", "410102198001011234");
        Rest.Reply reply = rest.post("cw_canyin", "/api/cases", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).endsWith("/invalid-input");
        assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("workerName",
                "residentId", "phone", "householdSize", "rigidExpenses", "bankCard", "members[0].residentId");
        assertThat(reply.body()).contains("The birth date in the ID does not exist", "fails its check digit",
                "At most two decimals", "11 digits starting with 1");
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void aWrongTypeOrBrokenJsonIsA400NamingTheField() {
        long before = caseCount();
        Map<String, Object> body = validIntake();
        body.put("householdYearlyIncome", "twenty thousand");
        Rest.Reply wrongType = rest.post("cw_canyin", "/api/cases", body);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asText()).isEqualTo("householdYearlyIncome");

        body = validIntake();
        body.put("hardshipCause", "BAD_LUCK");
        assertThat(rest.post("cw_canyin", "/api/cases", body).json().get("errors").get(0).get("field").asText())
                .isEqualTo("hardshipCause");

        Rest.Reply broken = rest.post("cw_canyin", "/api/cases", "{\"workerName\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void aSecondIntakeForTheSamePersonIsRefusedNamingOnlyTheHoldingUnit() {
        IntakeCommand first = Fixtures.deepHardship();
        Map<String, Object> body = validIntake();
        body.put("residentId", first.residentId());
        assertThat(rest.post("cw_canyin", "/api/cases", body).status()).isEqualTo(201);
        long before = caseCount();

        Rest.Reply again = rest.post("cw_huiji", "/api/cases", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("中原区豫香园餐饮有限公司工会")
                .doesNotContain(first.residentId()).doesNotContain("BF");
        assertThat(caseCount()).isEqualTo(before);

        // the duplicate check holds for a different spelling of the same ID (lower-case x is the same person)
        IntakeCommand withX = Fixtures.intake("11010519491231002x", new BigDecimal("24000"), HardshipCause.ILLNESS);
        body = validIntake();
        body.put("residentId", withX.residentId());
        assertThat(rest.post("cw_canyin", "/api/cases", body).status()).isEqualTo(201);
        body = validIntake();
        body.put("residentId", "11010519491231002X");
        assertThat(rest.post("cw_zhongyuan", "/api/cases", body).status()).isEqualTo(409);
    }

    @Test
    void aDuplicateAmongTheHouseholdMembersIsRefusedToo() {
        IntakeCommand first = Fixtures.deepHardship();
        assertThat(rest.post("cw_canyin", "/api/cases", first).status()).isEqualTo(201);
        Map<String, Object> body = validIntake();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
        members.get(1).put("residentId", first.members().get(0).residentId());
        long before = caseCount();
        Rest.Reply again = rest.post("cw_huiji", "/api/cases", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void fileDecisionsAidOverTheCapAndTheSixtyPercentRuleAreRefusedWithClearMessages() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c, cleanCheck());
        endNotice(c);
        String id = openTask(c, ProcessIds.TASK_APPROVE_FILE).getId();
        assertThat(rest.post("approver_zhongyuan", "/api/tasks/" + id + "/claim", "").status()).isEqualTo(204);
        Rest.Reply noReason = rest.post("approver_zhongyuan", "/api/tasks/" + id + "/decide-file",
                Map.of("outcome", "RETURNED", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(rest.post("approver_zhongyuan", "/api/tasks/" + id + "/decide-file",
                Map.of("outcome", "APPROVED")).status()).isEqualTo(204);
        assertThat(rest.get("cw_canyin", "/api/cases/" + c.caseNo()).json().at("/hardshipCase/status").asText())
                .isEqualTo("OPEN");

        Rest.Reply cap = rest.get("cw_canyin", "/api/cases/" + c.caseNo() + "/aid-cap?aidType=LIVING");
        assertThat(cap.json().get("cap").decimalValue()).isEqualByComparingTo("29880.00");
        Rest.Reply over = rest.post("cw_canyin", "/api/cases/" + c.caseNo() + "/aid-requests",
                Map.of("aidType", "LIVING", "amount", "29880.01", "purpose", "生活救助"));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("errors").get(0).get("field").asText()).isEqualTo("amount");
        assertThat(over.json().get("errors").get(0).get("message").asText())
                .contains("29880.00", "0.00");
        Rest.Reply ok = rest.post("cw_canyin", "/api/cases/" + c.caseNo() + "/aid-requests",
                Map.of("aidType", "LIVING", "amount", "3600.00", "purpose", "生活救助"));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("requiredTier").asText()).isEqualTo("COUNTY");
    }

    @Test
    void anObjectionOutsideTheNoticeIsAConflictAndAnAttachmentIsUploaded() {
        String caseNo = rest.post("cw_canyin", "/api/cases", validIntake()).json().get("caseNo").asText();
        Rest.Reply objection = rest.post("cw_canyin", "/api/cases/" + caseNo + "/objections",
                Map.of("objector", "某人", "content", "不实"));
        assertThat(objection.status()).isEqualTo(409);
        assertThat(rest.get("cw_huiji", "/api/cases/" + caseNo).status()).isEqualTo(404);
    }

    @Test
    void nothingIsAnonymousAndMessagesDefaultToChinese() {
        Rest.Reply anonymous = rest.get(null, "/api/cases");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(rest.get(null, "/engine-rest/process-definition").status()).isEqualTo(401);
    }

    @Test
    void engineRestIsForAnalystsAndAdministratorsOnly() {
        assertThat(rest.get("cw_canyin", "/engine-rest/process-definition").status()).isEqualTo(403);
        assertThat(rest.get("approver_zhongyuan", "/engine-rest/engine").status()).isEqualTo(403);
        Rest.Reply analyst = rest.get("analyst", "/engine-rest/process-definition?key=HardshipCaseProcess");
        assertThat(analyst.status()).isEqualTo(200);
        assertThat(analyst.body()).contains("HardshipCaseProcess");
        assertThat(rest.get("admin", "/engine-rest/decision-definition?key=GradeDecision").status()).isEqualTo(200);
    }

    @Test
    void camundaWebappsOpenByBangfuLoginForAnalystsOnly() {
        assertThat(rest.get("cw_canyin", "/camunda/app/cockpit/default/").status()).isEqualTo(403);
        assertThat(rest.get("auditor_zhengzhou", "/camunda/api/engine/engine/").status()).isEqualTo(403);
        Rest.Reply cockpit = rest.get("analyst", "/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(cockpit.body()).contains("<title>Camunda Cockpit");
        assertThat(rest.get("admin", "/camunda/api/engine/engine/default/decision-definition?key=GradeDecision")
                .body()).contains("GradeDecision");
    }

    @Test
    void theOpenApiDocumentIsThereForLoggedInUsersOnly() {
        assertThat(rest.get(null, "/v3/api-docs").status()).isIn(302, 401);
        Rest.Reply docs = rest.get("cw_canyin", "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/cases", "/api/tasks/{taskId}/{action}", "decide-file");
    }

    @Test
    void anAnalystsModelerDeploymentOfAModelWithExpressionsBecomesAProposalAndDeploysNothing() {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://bangfu.org/test">
                  <bpmn:process id="DeployProbeProcess" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="s"/>
                    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e">
                      <bpmn:conditionExpression>${true}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:endEvent id="e"/>
                  </bpmn:process>
                </bpmn:definitions>""";
        assertThat(rest.deploy("cw_canyin", "probe.bpmn", bpmn).status()).isEqualTo(403);
        Rest.Reply proposed = rest.deploy("analyst", "probe.bpmn", bpmn);
        assertThat(proposed.status()).isEqualTo(202);
        assertThat(proposed.json().get("proposalId").asLong()).isPositive();
        assertThat(proposed.json().get("message").asText()).contains("waits for approval");
        Rest.Reply attack = rest.deploy("analyst", "probe.bpmn", bpmn.replace("${true}",
                "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id') != null}"));
        assertThat(attack.status()).isEqualTo(400);
        assertThat(attack.body()).contains("expression-not-allowed");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("DeployProbeProcess").count()).isZero();
    }

    @Test
    void engineQueriesCarryingAnExpressionAreRefusedWhereverItHides() {
        assertThat(rest.get("analyst", "/engine-rest/task?nameLike=abc").status()).isEqualTo(200);
        assertThat(rest.get("analyst", "/engine-rest/task?nameLike=$%7Bsystem%7D").status()).isEqualTo(400);
        assertThat(rest.get("analyst", "/engine-rest/task?nameLike=%2523%257Bx%257D").status()).isEqualTo(400);
        assertThat(rest.post("analyst", "/engine-rest/task", "{\"orQueries\":[{\"nameLike\":\"\\u0024{1+1}\"}]}")
                .status()).isEqualTo(400);
        assertThat(rest.post("analyst", "/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"#{x}\"}]}")
                .status()).isEqualTo(400);
        assertThat(rest.post("analyst", "/engine-rest/task", "{\"orQueries\":[{\"nameLike\":\"abc\"}]}").status())
                .isEqualTo(200);
    }

    @Test
    void theOneTaskEndpointRefusesAnUnknownActionAndAnUnreadableCommandAndLeavesTheTaskOpen() {
        HardshipCase c = fileDeep();
        String task = openTask(c, ProcessIds.TASK_FIRST_REVIEW).getId();
        assertThat(rest.post("cw_canyin", "/api/tasks/" + task + "/claim", "").status()).isEqualTo(204);

        Rest.Reply unknown = rest.post("cw_canyin", "/api/tasks/" + task + "/no-such-action", Map.of("passed", true));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("application/problem+json");

        Rest.Reply wrongType = rest.post("cw_canyin", "/api/tasks/" + task + "/first-review", Map.of("passed", "yes"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("passed");

        Rest.Reply otherKind = rest.post("cw_canyin", "/api/tasks/" + task + "/call-back", Map.of("relapsed", true));
        assertThat(otherKind.status()).isEqualTo(409);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    @Test
    void theCaseListIsPagedWithABoundedSize() {
        rest.post("cw_canyin", "/api/cases", validIntake());
        rest.post("cw_canyin", "/api/cases", validIntake());
        Rest.Reply first = rest.get("cw_canyin", "/api/cases?size=1");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("items")).hasSize(1);
        assertThat(first.json().get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(first.json().get("hasMore").asBoolean()).isTrue();
        String newest = first.json().get("items").get(0).get("caseNo").asText();
        assertThat(rest.get("cw_canyin", "/api/cases?size=1&page=1").json().get("items").get(0).get("caseNo")
                .asText()).isNotEqualTo(newest);
        Rest.Reply tooBig = rest.get("cw_canyin", "/api/cases?size=500");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body()).contains("size");
    }
}
