package org.bangfu.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.bangfu.workflow.guard.GuardViolation;

/**
 * The approval and four-eyes steps of the domain processes, in one place (issue 12, C1 item 3): a proposal that
 * removes one of them, turns it into something other than a user task, gives it an assignee or candidate users, or
 * moves it to a group that is not an approver group is refused outright, compared with the latest deployed version of
 * the same process key. Besides this list, every user task of the deployed version whose candidate group is an
 * approver group is protected too, so a new approval step is covered once it is deployed.
 */
final class ProtectedSteps {

    /** Process key to its approval steps (candidate group: an approver group). */
    static final Map<String, Set<String>> APPROVAL_STEPS = Map.of(
            "HardshipCaseProcess", Set.of("Task_ApproveFile"),
            "ExitProcess", Set.of("Task_ApproveExit"),
            "CaseReviewProcess", Set.of("Task_SpotCheck"),
            "AidRequestProcess", Set.of("Task_ApproveAid"),
            "EmergencyReliefProcess", Set.of("Task_ApproveEmergency"),
            "WarmthCampaignProcess", Set.of("Task_ApproveCampaign", "Task_ApproveRecipients"));

    /** Process key to its four-eyes steps done by case workers: their candidate group must stay as deployed. */
    static final Map<String, Set<String>> FOUR_EYES_STEPS = Map.of(
            "HardshipCaseProcess", Set.of("Task_FirstReview"));

    /** The approver group expressions of the shipped models. */
    private static final Pattern APPROVER_GROUP = Pattern.compile(
            "\\$\\{\\s*(approverGroup|campaignGroups\\.approvers\\(\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\))\\s*}");

    static final String RULE_REMOVED = "approval-step-removed";
    static final String RULE_MOVED = "approval-step-moved";

    private ProtectedSteps() {
    }

    static boolean isApproverGroup(String candidateGroups) {
        return candidateGroups != null && APPROVER_GROUP.matcher(candidateGroups.strip()).matches();
    }

    /** What the proposed model of one process key does to the protected steps of its latest deployed version. */
    static List<GuardViolation> check(String resource, String key, Map<String, ModelIndex.Item> proposed,
                                      Optional<DeployedModels.Deployed> deployed) {
        List<GuardViolation> violations = new ArrayList<>();
        if (deployed.isEmpty()) {
            return violations;
        }
        Map<String, ModelIndex.Item> before = deployed.get().items();
        for (ModelIndex.Item step : before.values()) {
            if (!"userTask".equals(step.type())) {
                continue;
            }
            String groups = step.attributes().get("@camunda:candidateGroups");
            boolean approval = APPROVAL_STEPS.getOrDefault(key, Set.of()).contains(step.id()) || isApproverGroup(groups);
            boolean fourEyes = FOUR_EYES_STEPS.getOrDefault(key, Set.of()).contains(step.id());
            if (!approval && !fourEyes) {
                continue;
            }
            ModelIndex.Item after = proposed.get(step.id());
            if (after == null || !"userTask".equals(after.type()) || !reachable(step.id(), proposed)) {
                violations.add(new GuardViolation(resource, step.id(), RULE_REMOVED, "the " + (approval ? "approval"
                        : "four-eyes") + " step " + step.id() + " of " + key + " may not be removed or bypassed"));
                continue;
            }
            String newGroups = after.attributes().get("@camunda:candidateGroups");
            boolean groupKept = approval ? isApproverGroup(newGroups) : groups != null && groups.equals(newGroups);
            if (!groupKept || after.attributes().containsKey("@camunda:assignee")
                    || after.attributes().containsKey("@camunda:candidateUsers")) {
                violations.add(new GuardViolation(resource, step.id(), RULE_MOVED, "the " + (approval ? "approval"
                        : "four-eyes") + " step " + step.id() + " of " + key + " must keep its candidate group "
                        + (approval ? "(an approver group)" : groups) + " and have no assignee or candidate users"));
            }
        }
        return violations;
    }

    /** A step still in the model but with no sequence flow leading to it would never run. */
    private static boolean reachable(String id, Map<String, ModelIndex.Item> items) {
        return items.values().stream().anyMatch(item -> "sequenceFlow".equals(item.type())
                && id.equals(item.attributes().get("@targetRef")));
    }
}
