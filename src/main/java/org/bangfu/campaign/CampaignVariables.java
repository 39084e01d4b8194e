package org.bangfu.campaign;

/** Variable and element names of {@code WarmthCampaignProcess}. */
public final class CampaignVariables {

    public static final String PROCESS = "WarmthCampaignProcess";
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String ORGANISER_UNIT_ID = "organiserUnitId";
    /** The participating unit of one sub-process instance (the multi-instance element variable). */
    public static final String UNIT_ID = "campaignUnitId";
    public static final String APPROVED = "campaignApproved";
    public static final String DECIDED_BY = "decidedBy";
    /** Local to the unit's sub-process instance. */
    public static final String RECIPIENTS_APPROVED = "recipientsApproved";
    public static final String RECIPIENTS_APPROVED_BY = "recipientsApprovedBy";
    public static final String TASK_APPROVE_CAMPAIGN = "Task_ApproveCampaign";
    public static final String TASK_REGISTER_RECIPIENTS = "Task_RegisterRecipients";
    public static final String TASK_APPROVE_RECIPIENTS = "Task_ApproveRecipients";
    public static final String TASK_RECORD_VISITS = "Task_RecordVisits";
    public static final String TASK_SUBMIT_UNIT_REPORT = "Task_SubmitUnitReport";

    private CampaignVariables() {
    }
}
