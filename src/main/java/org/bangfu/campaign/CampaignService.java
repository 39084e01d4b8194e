package org.bangfu.campaign;

import java.time.LocalDate;
import java.util.List;

import org.bangfu.organization.CurrentUser;

/**
 * Warmth campaigns. Visibility: a campaign is seen by users of its organising unit's subtree (a participating unit
 * sees it and works on its own part). Planning, approval and the report roll-up belong to the organising unit;
 * registering, the coverage reasons, visits and the unit report to the participating unit (case workers), the
 * approval of the recipients to its approvers. The step order is enforced by the BPMN process; the service checks
 * the state it is asked to change, so a call out of order is refused.
 */
public interface CampaignService {

    /** A draft plan of the user's unit (case worker or approver); refused field by field. */
    Campaign plan(CampaignCommand command, CurrentUser user);

    Campaign campaign(long campaignId, CurrentUser user);

    /** No jurisdiction check: for process steps. */
    Campaign campaign(long campaignId);

    /** Campaigns organised in the user's subtree or by an ancestor of the user's unit, newest first. */
    List<Campaign> campaigns(CurrentUser user);

    /** One page of {@link #campaigns(CurrentUser)}, newest first (the campaign list's lazy grid). */
    List<Campaign> campaigns(CurrentUser user, int offset, int limit);

    /** How many campaigns {@link #campaigns(CurrentUser)} finds. */
    int campaignCount(CurrentUser user);

    List<BudgetLine> budget(long campaignId);

    /** DRAFT or REJECTED → SUBMITTED, by the organising unit; the caller starts the process. */
    void submit(long campaignId, CurrentUser user);

    /** The process instance now running the campaign. */
    void attachProcess(long campaignId, String processInstanceId);

    /** SUBMITTED → RUNNING (approved) or REJECTED, by an approver of the organising unit, with a note. */
    void decide(long campaignId, boolean approve, String note, CurrentUser user);

    /**
     * Process step after approval: hands each unit's budget down as real pass-downs in the ledger (from the
     * organising unit's allocations of that source and fund year) and marks the units REGISTERING. Idempotent.
     */
    void handDownBudget(long campaignId, String actor);

    /** Ids of the participating units, for the multi-instance sub-process. */
    List<Long> unitIds(long campaignId);

    List<CampaignUnit> units(long campaignId, CurrentUser user);

    CampaignUnit unit(long campaignId, long unitId, CurrentUser user);

    /** Registers a recipient at a participating unit (or below it) while the unit is REGISTERING. */
    Recipient register(long campaignId, long unitId, RecipientCommand command, CurrentUser user);

    void removeRecipient(long recipientId, CurrentUser user);

    List<Recipient> recipients(long campaignId, long unitId, CurrentUser user);

    /** One page of the recipients of the unit's subtree in registration order, after the same checks. */
    List<Recipient> recipients(long campaignId, long unitId, CurrentUser user, int offset, int limit);

    /** How many recipients the unit's subtree has in the campaign, after the same checks. */
    int recipientCount(long campaignId, long unitId, CurrentUser user);

    Recipient recipient(long recipientId, CurrentUser user);

    /**
     * The campaign's roll-up by target group over every recipient below the organising unit, in the order of
     * {@link CampaignTarget}; for the organising unit and the units above it.
     */
    List<TargetTotal> rollUp(long campaignId, CurrentUser user);

    /** Open deep-hardship files of the unit's subtree that are not recipients, with their recorded reason if any. */
    List<CoverageGap> coverage(long campaignId, long unitId, CurrentUser user);

    /** One page of {@link #coverage(long, long, CurrentUser)} by case number, after the same checks (lazy grid). */
    List<CoverageGap> coverage(long campaignId, long unitId, CurrentUser user, int offset, int limit);

    int coverageCount(long campaignId, long unitId, CurrentUser user);

    /** Open files (any grade) of the unit's subtree that are not yet recipients: who may be registered from a file. */
    List<CoverageGap> openFiles(long campaignId, long unitId, CurrentUser user);

    /** Records why an open deep-hardship file is not visited in this campaign. */
    void exempt(long campaignId, long caseId, String reason, CurrentUser user);

    /** REGISTERING → SUBMITTED; refused while a deep-hardship file is neither a recipient nor has a reason. */
    void submitRecipients(long campaignId, long unitId, CurrentUser user);

    /** SUBMITTED → APPROVED, or back to REGISTERING with a note; by an approver of the unit (or above it). */
    void approveRecipients(long campaignId, long unitId, boolean approve, String note, CurrentUser user);

    /**
     * Process step: a payment line for every recipient with cash ({@code camp-<recipient>}; real name, reserved on
     * the unit's allocations), then VISITING. Idempotent; returns the number of lines.
     */
    int payRecipients(long campaignId, long unitId, String actor);

    void recordVisit(long recipientId, LocalDate visitedOn, String note, CurrentUser user);

    /** VISITING → REPORTED with the unit's report text; marked late when after the deadline. */
    void submitReport(long campaignId, long unitId, String text, CurrentUser user);

    /** Process step: the reminder before the deadline was sent. */
    void remind(long campaignId, long unitId);

    /** Process step: the report is overdue and escalated to the organising unit. */
    void markOverdue(long campaignId, long unitId);

    /** Process step once every unit has reported: the campaign is CLOSED. */
    void close(long campaignId);
}
