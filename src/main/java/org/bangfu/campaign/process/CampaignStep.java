package org.bangfu.campaign.process;

import java.util.Set;

import org.bangfu.campaign.CampaignVariables;
import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;
import org.bangfu.workflow.TaskKind;

/**
 * A step of a warmth campaign: worked by the unit's group on the campaign screens without claiming it first; the
 * campaign module checks the role and the order of the steps.
 */
abstract class CampaignStep<C> implements TaskKind<C> {

    private final String key;
    private final Role role;
    private final Class<C> commandType;

    CampaignStep(String key, Role role, Class<C> commandType) {
        this.key = key;
        this.role = role;
        this.commandType = commandType;
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final Role role() {
        return role;
    }

    @Override
    public final Class<C> commandType() {
        return commandType;
    }

    @Override
    public final String subjects() {
        return CampaignSubjects.NAME;
    }

    @Override
    public final boolean claimFirst() {
        return false;
    }

    @Override
    public Set<String> variables() {
        return Set.of(CampaignVariables.CAMPAIGN_ID, CampaignVariables.UNIT_ID);
    }

    static long campaignId(OpenTask task) {
        return task.longVariable(CampaignVariables.CAMPAIGN_ID);
    }

    static long unitId(OpenTask task) {
        return task.longVariable(CampaignVariables.UNIT_ID);
    }
}
