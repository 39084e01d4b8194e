package org.bangfu.approval.process;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.bangfu.approval.AidService;
import org.bangfu.approval.CaseApprovalKind;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.approval.Tier;
import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.CaseVariables;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;

/**
 * A tier's decision on an aid request or on emergency relief: nobody who filed, revised or decided an earlier tier
 * of the request is offered it or may claim it.
 */
abstract class AidDecisionTask extends CaseTaskKind<DecisionCommand> {

    static final String AID_REQUEST_ID = "aidRequestId";

    private final AidService aid;

    AidDecisionTask(String key, AidService aid) {
        super(key, "decide-aid", DecisionCommand.class);
        this.aid = aid;
    }

    @Override
    public Role role() {
        return Role.APPROVER;
    }

    @Override
    public Set<String> variables() {
        return Set.of(CaseVariables.CASE_ID, CaseApprovalKind.TIER, AID_REQUEST_ID);
    }

    @Override
    public String badgeVariable() {
        return CaseApprovalKind.TIER;
    }

    @Override
    public String badgeType() {
        return Tier.class.getSimpleName();
    }

    @Override
    public void checkMayClaim(OpenTask task, CurrentUser user) {
        aid.checkMayDecide(task.longVariable(AID_REQUEST_ID), tier(task), user);
    }

    /** The amount requested, shown in the inbox. */
    @Override
    public java.math.BigDecimal amount(OpenTask task) {
        Long requestId = task.longVariable(AID_REQUEST_ID);
        return requestId == null ? null : aid.aidRequest(requestId).amount();
    }

    /** Everyone who took part in the aid request: the case's people, its requester and revisers, earlier tiers. */
    @Override
    public Set<String> touchers(OpenTask task) {
        Long requestId = task.longVariable(AID_REQUEST_ID);
        return requestId == null ? Set.of()
                : aid.touchedRequests(Set.of(requestId)).getOrDefault(requestId, Set.of());
    }

    @Override
    public Map<String, Object> complete(OpenTask task, DecisionCommand decision, CurrentUser user) {
        Outcome outcome = aid.decide(task.longVariable(AID_REQUEST_ID), tier(task), decision, user).outcome();
        return Map.of("aidDecision", outcome.name(), "lastApprover", user.username());
    }

    private static Tier tier(OpenTask task) {
        String tier = task.stringVariable(CaseApprovalKind.TIER);
        return tier == null ? Tier.COUNTY : Tier.valueOf(tier);
    }
}
