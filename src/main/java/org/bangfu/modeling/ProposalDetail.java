package org.bangfu.modeling;

import java.util.List;

import org.bangfu.workflow.guard.GuardViolation;

/**
 * A proposal as its reviewer sees it: the proposal, what it changes against the deployed versions, and the lint
 * result of checking its resources again now (the deployment guard and the protected approval steps).
 */
public record ProposalDetail(DeploymentProposal proposal, ProposalDiff diff, List<GuardViolation> lint) {

    public ProposalDetail {
        lint = List.copyOf(lint);
    }
}
