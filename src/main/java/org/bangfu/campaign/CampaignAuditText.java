package org.bangfu.campaign;

/** The detail of a campaign event's audit row: "campaign &lt;id&gt;", then ": " and the detail when there is one. */
final class CampaignAuditText {

    private CampaignAuditText() {
    }

    static String of(long campaignId, String detail) {
        return "campaign " + campaignId + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}
