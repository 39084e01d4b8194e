package org.bangfu.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.bangfu.workflow.guard.GuardViolation;
import org.junit.jupiter.api.Test;

/** What a reviewer sees, and which approval steps a proposal may not touch, computed from the models alone. */
class ProposalDiffTest {

    static String model(String file) {
        try {
            return Files.readString(Path.of("bpmn", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, ModelIndex.Item> items(String file, String xml) {
        ModelIndex index = ModelIndex.read(file, xml.getBytes(StandardCharsets.UTF_8));
        return index.models.values().iterator().next();
    }

    private static Optional<DeployedModels.Deployed> deployed(String file, String xml) {
        return Optional.of(new DeployedModels.Deployed(3, items(file, xml)));
    }

    @Test
    void aChangedProcessShowsAddedRemovedAndChangedElementsWithTheirExpressions() {
        String shipped = model("HardshipCaseProcess.bpmn");
        String proposed = shipped
                .replace("camunda:dueDate=\"${sla.dueDate(execution, 'Task_HomeVisit')}\"",
                        "camunda:dueDate=\"${sla.dueDate(execution, 'Task_FirstReview')}\"")
                .replace("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${needsHomeVisit}<",
                        "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${!needsHomeVisit}<")
                .replace("</bpmn:process>", "<bpmn:task id=\"Task_Extra\" name=\"额外步骤\"/></bpmn:process>");

        ProposalDiff.ResourceDiff diff = ProposalDiffer.diff("HardshipCaseProcess.bpmn", ProposalDiff.Kind.BPMN,
                "HardshipCaseProcess", items("HardshipCaseProcess.bpmn", proposed),
                deployed("HardshipCaseProcess.bpmn", shipped));

        assertThat(diff.deployedVersion()).isEqualTo(3);
        assertThat(diff.added()).extracting(ProposalDiff.Element::id).containsExactly("Task_Extra");
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).containsExactlyInAnyOrder(
                new ProposalDiff.Change("Task_HomeVisit", "@camunda:dueDate",
                        "${sla.dueDate(execution, 'Task_HomeVisit')}", "${sla.dueDate(execution, 'Task_FirstReview')}"),
                new ProposalDiff.Change("Flow_NeedsHomeVisit_HomeVisit", "conditionExpression",
                        "${needsHomeVisit}", "${!needsHomeVisit}"));
    }

    @Test
    void aNewProcessKeyIsShownAsWhollyNew() {
        String shipped = model("HardshipCaseProcess.bpmn");
        ProposalDiff.ResourceDiff diff = ProposalDiffer.diff("x.bpmn", ProposalDiff.Kind.BPMN, "HardshipCaseProcess",
                items("x.bpmn", shipped), Optional.empty());
        assertThat(diff.isNew()).isTrue();
        assertThat(diff.added()).extracting(ProposalDiff.Element::id).contains("HardshipCaseProcess",
                "Task_ApproveFile", "Task_HomeVisit");
        assertThat(diff.added().stream().filter(e -> e.id().equals("Task_HomeVisit")).findFirst()
                .orElseThrow().entries()).anyMatch(entry -> entry.contains("sla.escalateAt"));
    }

    @Test
    void aChangedDmnRuleIsShownWithItsEntriesAndARemovedRuleAsRemoved() {
        String shipped = model("ApprovalTierDecision.dmn");
        String proposed = shipped.replace("<text>&gt; 50000</text>", "<text>&gt; 80000</text>")
                .replaceAll("(?s)<rule id=\"Rule_Province\">.*?</rule>", "");

        ProposalDiff.ResourceDiff diff = ProposalDiffer.diff("ApprovalTierDecision.dmn", ProposalDiff.Kind.DMN,
                "ApprovalTierDecision", items("ApprovalTierDecision.dmn", proposed),
                deployed("ApprovalTierDecision.dmn", shipped));

        assertThat(diff.removed()).extracting(ProposalDiff.Element::id).containsExactly("Rule_Province");
        assertThat(diff.removed().get(0).entries()).anyMatch(entry -> entry.contains("> 20000"));
        assertThat(diff.changed()).containsExactly(new ProposalDiff.Change("Rule_National",
                "input 1 (单笔帮扶金额（元）)", "> 50000", "> 80000"));
    }

    @Test
    void removingMovingOrBypassingAnApprovalStepIsAViolationNamingTheStepAndRule() {
        String shipped = model("HardshipCaseProcess.bpmn");
        Optional<DeployedModels.Deployed> latest = deployed("HardshipCaseProcess.bpmn", shipped);

        String removed = shipped.replaceAll("(?s)<bpmn:userTask id=\"Task_ApproveFile\".*?</bpmn:userTask>", "");
        assertThat(ProtectedSteps.check("h.bpmn", "HardshipCaseProcess", items("h.bpmn", removed), latest))
                .extracting(GuardViolation::elementId, GuardViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Task_ApproveFile", "approval-step-removed"));

        String moved = shipped.replace("id=\"Task_ApproveFile\" name=\"县级工会审批建档\" camunda:candidateGroups=\""
                + "${approverGroup}\"", "id=\"Task_ApproveFile\" name=\"县级工会审批建档\" camunda:candidateGroups=\""
                + "${caseworkerGroup}\"");
        assertThat(moved).isNotEqualTo(shipped);
        assertThat(ProtectedSteps.check("h.bpmn", "HardshipCaseProcess", items("h.bpmn", moved), latest))
                .extracting(GuardViolation::elementId, GuardViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Task_ApproveFile", "approval-step-moved"));

        String bypassed = shipped.replaceAll("targetRef=\"Task_ApproveFile\"", "targetRef=\"Task_ProvideInfo\"");
        assertThat(ProtectedSteps.check("h.bpmn", "HardshipCaseProcess", items("h.bpmn", bypassed), latest))
                .extracting(GuardViolation::rule).containsExactly("approval-step-removed");

        assertThat(ProtectedSteps.check("h.bpmn", "HardshipCaseProcess", items("h.bpmn", shipped), latest)).isEmpty();
    }

    @Test
    void everyListedApprovalStepIsAnApproverUserTaskOfTheShippedModels() {
        ProtectedSteps.APPROVAL_STEPS.forEach((key, steps) -> {
            Map<String, ModelIndex.Item> items = items(key + ".bpmn", model(key + ".bpmn"));
            steps.forEach(step -> {
                assertThat(items.get(step)).as(key + " " + step).isNotNull();
                assertThat(ProtectedSteps.isApproverGroup(items.get(step).attributes()
                        .get("@camunda:candidateGroups"))).as(step).isTrue();
            });
        });
    }

    @Test
    void aModelWithADoctypeIsNotRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&e;</definitions>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelIndex.read("x.bpmn",
                xxe.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class);
    }
}
