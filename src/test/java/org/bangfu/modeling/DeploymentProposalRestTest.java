package org.bangfu.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bangfu.IntegrationTest;
import org.bangfu.Rest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Four-eyes deployment through the Camunda Modeler's own call and Bangfu's REST API: a deployment becomes a proposal,
 * its author cannot approve it, a second person deploys it, and a model that drops an approval step or fails the
 * deployment guard is refused outright. Every step is audited.
 */
class DeploymentProposalRestTest extends IntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired RepositoryService repository;
    Rest rest;

    @BeforeEach
    void client() {
        rest = new Rest(baseUrl());
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private long proposals() {
        return jdbc.sql("SELECT COUNT(*) FROM deployment_proposal").query(Long.class).single();
    }

    private long audit(String action, String detailPart) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :action AND detail LIKE :detail")
                .param("action", action).param("detail", "%" + detailPart + "%").query(Long.class).single();
    }

    /** The shipped model with a harmless change a reviewer can see: documentation on the home visit. */
    private static String changedHardshipProcess() {
        String shipped = ProposalDiffTest.model("HardshipCaseProcess.bpmn");
        String changed = shipped.replace("<bpmn:incoming>Flow_NeedsHomeVisit_HomeVisit</bpmn:incoming>",
                "<bpmn:documentation>含邻里走访</bpmn:documentation>"
                        + "<bpmn:incoming>Flow_NeedsHomeVisit_HomeVisit</bpmn:incoming>");
        assertThat(changed).isNotEqualTo(shipped);
        return changed;
    }

    @Test
    void anAnalystsModelerDeploymentWaitsForASecondPersonWhoDeploysItExactlyAsProposed() {
        ProcessDefinition before = latest("HardshipCaseProcess");
        String proposed = changedHardshipProcess();

        Rest.Reply accepted = rest.deploy("analyst", "HardshipCaseProcess.bpmn", proposed);

        assertThat(accepted.status()).isEqualTo(202);
        JsonNode body = accepted.json();
        assertThat(body.get("message").asText()).contains("审批").contains("waits", "approv");
        assertThat(body.has("deployedProcessDefinitions")).isFalse();
        long id = body.get("proposalId").asLong();
        assertThat(body.get("reviewUrl").asText()).endsWith("/deployments/" + id);
        assertThat(latest("HardshipCaseProcess").getId()).isEqualTo(before.getId());
        assertThat(audit("DEPLOYMENT_PROPOSED", "proposal " + id + ": HardshipCaseProcess.bpmn sha256=")).isEqualTo(1);

        JsonNode detail = rest.get("admin", "/api/deployment-proposals/" + id).json();
        assertThat(detail.at("/proposal/status").asText()).isEqualTo("PENDING");
        assertThat(detail.at("/proposal/authorName").asText()).isEqualTo("周婷");
        assertThat(detail.at("/lint").size()).isZero();
        JsonNode diff = detail.at("/diff/resources/0");
        assertThat(diff.get("key").asText()).isEqualTo("HardshipCaseProcess");
        assertThat(diff.get("deployedVersion").asInt()).isEqualTo(before.getVersion());
        assertThat(diff.get("changed").toString()).contains("Task_HomeVisit", "documentation", "含邻里走访");

        assertThat(rest.get("admin", "/api/deployment-proposals/" + id + "/resource?name=HardshipCaseProcess.bpmn")
                .body()).isEqualTo(proposed);

        Rest.Reply own = rest.post("analyst", "/api/deployment-proposals/" + id + "/approve", "");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(latest("HardshipCaseProcess").getId()).isEqualTo(before.getId());

        Rest.Reply approved = rest.post("admin", "/api/deployment-proposals/" + id + "/approve", "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        ProcessDefinition after = latest("HardshipCaseProcess");
        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
        assertThat(after.getDeploymentId()).isEqualTo(approved.json().get("deploymentId").asText());
        try (java.io.InputStream deployed = repository.getProcessModel(after.getId())) {
            assertThat(deployed.readAllBytes()).isEqualTo(proposed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(audit("DEPLOYMENT_APPROVED", "proposal " + id + ": HardshipCaseProcess.bpmn sha256=")).isEqualTo(1);

        assertThat(rest.post("admin", "/api/deployment-proposals/" + id + "/approve", "").status()).isEqualTo(409);
        assertThat(rest.get("analyst", "/api/deployment-proposals?offset=0&limit=5").json().get("items").toString())
                .contains("\"id\":" + id);
    }

    @Test
    void aRedeployWithoutTheFileApprovalIsRefusedOutrightAndNothingIsStored() {
        String withoutApproval = ProposalDiffTest.model("HardshipCaseProcess.bpmn")
                .replaceAll("(?s)<bpmn:userTask id=\"Task_ApproveFile\".*?</bpmn:userTask>", "");
        ProcessDefinition before = latest("HardshipCaseProcess");
        long stored = proposals();

        Rest.Reply refused = rest.deploy("analyst", "HardshipCaseProcess.bpmn", withoutApproval);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("violations").toString()).contains("Task_ApproveFile", "approval-step-removed");
        assertThat(refused.json().get("message").asText()).contains("Task_ApproveFile");
        assertThat(proposals()).isEqualTo(stored);
        assertThat(latest("HardshipCaseProcess").getId()).isEqualTo(before.getId());
        assertThat(audit("DEPLOYMENT_REFUSED", "Task_ApproveFile: approval-step-removed")).isEqualTo(1);
    }

    @Test
    void aModelThatFailsTheGuardIsRefusedNamingTheElementAndTheRule() {
        String exec = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe"
                    targetNamespace="http://bangfu.org/bpmn">
                  <bpmn:process id="ProbeExecProcess" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="StartEvent_Probe"/>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Probe" targetRef="Task_Exec"/>
                    <bpmn:serviceTask id="Task_Exec" camunda:expression="${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}"/>
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Exec" targetRef="EndEvent_Probe"/>
                    <bpmn:endEvent id="EndEvent_Probe"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        long stored = proposals();

        Rest.Reply refused = rest.deploy("analyst", "ProbeExecProcess.bpmn", exec);

        assertThat(refused.status()).isEqualTo(400);
        JsonNode violation = refused.json().get("violations").get(0);
        assertThat(violation.get("elementId").asText()).isEqualTo("Task_Exec");
        assertThat(violation.get("rule").asText()).isNotBlank();
        assertThat(refused.json().get("detail").asText()).contains("Task_Exec", violation.get("rule").asText());
        assertThat(proposals()).isEqualTo(stored);
        assertThat(latest("ProbeExecProcess")).isNull();
        assertThat(audit("DEPLOYMENT_REFUSED", "Task_Exec: " + violation.get("rule").asText())).isEqualTo(1);
    }

    @Test
    void aProposalIsReturnedOnlyWithAReasonAndNeverByItsAuthor() {
        String model = ProposalDiffTest.model("ApprovalTierDecision.dmn").replace("<text>&gt; 50000</text>",
                "<text>&gt; 60000</text>");
        Rest.Reply accepted = rest.deploy("admin", "ApprovalTierDecision.dmn", model);
        assertThat(accepted.status()).isEqualTo(202);
        long id = accepted.json().get("proposalId").asLong();
        assertThat(rest.get("analyst", "/api/deployment-proposals/" + id).json().at("/diff/resources/0/changed")
                .toString()).contains("Rule_National", "> 50000", "> 60000");

        assertThat(rest.post("admin", "/api/deployment-proposals/" + id + "/return", Map.of("reason", "x")).status())
                .isEqualTo(403);
        Rest.Reply noReason = rest.post("analyst", "/api/deployment-proposals/" + id + "/return", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").toString()).contains("reason");

        Rest.Reply returned = rest.post("analyst", "/api/deployment-proposals/" + id + "/return",
                Map.of("reason", "阈值调整须先经财务确认"));
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.json().get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.json().get("decisionNote").asText()).isEqualTo("阈值调整须先经财务确认");
        assertThat(audit("DEPLOYMENT_RETURNED", "proposal " + id + ": ApprovalTierDecision.dmn sha256=")).isEqualTo(1);
        assertThat(rest.post("analyst", "/api/deployment-proposals/" + id + "/approve", "").status()).isEqualTo(409);
    }

    @Test
    void onlyAnalystsAndAdministratorsProposeAndAnUploadOverTheCapIsAnswered413() {
        assertThat(rest.get("cw_canyin", "/api/deployment-proposals").status()).isEqualTo(403);
        assertThat(rest.deploy("cw_canyin", "HardshipCaseProcess.bpmn", changedHardshipProcess()).status())
                .isEqualTo(403);
        Rest.Reply tooLarge = rest.deploy("analyst", "Big.bpmn", "x".repeat(DeploymentProposals.MAX_BYTES + 300_000));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }
}
