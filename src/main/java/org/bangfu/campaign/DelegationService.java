package org.bangfu.campaign;

import java.util.List;

import org.bangfu.organization.CurrentUser;

/**
 * Visiting delegations. Created by the organising unit of a campaign (case worker or approver) while the campaign is
 * a draft or running; places must be units taking part in the campaign or below them. Visits are recorded as
 * recipients registered with the delegation's id ({@link CampaignService#register}) and then marked visited.
 */
public interface DelegationService {

    Delegation create(long campaignId, DelegationCommand command, CurrentUser user);

    List<Delegation> delegations(long campaignId, CurrentUser user);

    Delegation delegation(long delegationId, CurrentUser user);

    List<DelegationProgress> progress(long delegationId, CurrentUser user);
}
