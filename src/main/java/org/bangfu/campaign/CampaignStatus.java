package org.bangfu.campaign;

/** Draft plan, submitted for approval, running (approved), rejected, closed (all units reported, rolled up). */
public enum CampaignStatus {
    DRAFT, SUBMITTED, RUNNING, REJECTED, CLOSED
}
