package org.bangfu.approval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.bangfu.identification.CaseVariables;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;

/**
 * Four eyes for the county's decisions on a case (its file, its exit, a spot check): the task kinds that decide
 * share these checks, so everyone who touched the case is kept off them, in the list and at claim.
 */
public final class CaseApprovals {

    /** The tier the task decides at, shown as a badge. */
    public static final String TIER = "tier";

    /** What an approval task of a case reads: its case and tier. */
    public static final Set<String> VARIABLES = Set.of(CaseVariables.CASE_ID, TIER);

    private CaseApprovals() {
    }

    public static void checkMayClaim(ApprovalService approval, OpenTask task, CurrentUser user) {
        approval.checkMayDecide(task.longVariable(CaseVariables.CASE_ID), Tier.COUNTY, user);
    }

    /** The ids of the tasks whose case the user touched, read for all the cases at once. */
    public static Set<String> touchedBy(ApprovalService approval, List<OpenTask> tasks, CurrentUser user) {
        Map<Long, Set<String>> touched = approval.touchedCases(tasks.stream()
                .map(t -> t.longVariable(CaseVariables.CASE_ID)).filter(Objects::nonNull).collect(Collectors.toSet()));
        return tasks.stream().filter(t -> t.longVariable(CaseVariables.CASE_ID) != null && touched
                        .getOrDefault(t.longVariable(CaseVariables.CASE_ID), Set.of()).contains(user.username()))
                .map(OpenTask::taskId).collect(Collectors.toSet());
    }
}
